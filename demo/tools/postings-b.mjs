// Fictional sample postings for the Mission Lens demo board (part B: non-healthcare employers
// with plenty of mission language). Every company, person and number here is invented.

const EEO_GENERIC = (name) =>
  `${name} is an equal opportunity employer. We welcome applicants of every race, color, religion, sex, sexual orientation, gender identity or expression, national origin, age, disability, genetic information, veteran status, or any other characteristic protected by law. If you need a reasonable accommodation at any point in the hiring process, email our recruiting team and we will work with you.`;

export const OTHER_POSTINGS = [
  {
    slug: 'gridwell-field-operations-manager',
    style: 'linkedin',
    url: 'https://www.linkedin.com/jobs/view/4100000003/',
    title: 'Field Operations Manager, Heat Pump Installation',
    company: 'Gridwell Energy',
    companyUrl: 'https://www.gridwellenergy.example/',
    companyBlurb: 'Gridwell designs, finances and installs heat pumps and home electrification upgrades.',
    linkedinCompany: 'gridwell-energy',
    healthcare: false,
    segment: 'climate (residential heat pumps)',
    location: { city: 'Denver', region: 'CO', regionName: 'Colorado', country: 'US', postal: '80216' },
    workplace: 'On-site',
    employmentType: 'FULL_TIME',
    seniority: 'Mid-Senior level',
    jobFunction: 'Management and Manufacturing',
    industry: 'Renewable Energy Equipment Manufacturing',
    datePosted: '2026-11-04',
    validThrough: '2027-01-04',
    postedAgo: '2 weeks ago',
    applicants: '87 applicants',
    salary: { min: 98000, max: 120000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Gridwell',
        p: [
          'Gridwell\u2019s mission is to electrify every home in America and build a healthier planet for our kids. We\u2019re transforming the way families heat and cool their homes, improving access to clean energy for everyone, and we\u2019re a mission-driven team that believes the climate crisis is the challenge of our generation.',
          'We design, finance and install air-source heat pumps, heat pump water heaters and electrical panel upgrades for homeowners. Since 2021 we have installed more than 18,400 heat pump systems across Colorado and Utah, which we estimate avoids 71,000 tonnes of CO2 emissions every year. Through our Gridwell Access program, 2,900 households earning less than 80% of their area\u2019s median income have gone electric with $0 down, using state rebates and our own financing. Cleaner indoor air means healthier families, and lower bills mean more room in the household budget.',
          'Homeowners pay us for each project, usually with help from utility rebates and federal tax credits; utilities also pay us to enroll customers in demand-response programs. We\u2019re growing fast and looking for leaders who want their work to matter.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'As Field Operations Manager for the Denver metro area, you will lead six installation crews (about 30 technicians, electricians and helpers) and be accountable for safety, quality, schedule and customer experience on 60 to 80 installs a month. You will report to Darnell Whitcombe-Sato, Director of Operations.',
        ],
      },
      {
        h: 'What you\u2019ll do',
        ul: [
          'Plan crew schedules and material deliveries with our scheduling and warehouse teams',
          'Visit job sites every week to coach crews, check quality and solve problems on the spot',
          'Own safety: lead toolbox talks, investigate incidents and keep our OSHA record spotless',
          'Track first-time-right rate, install hours and callbacks, and drive improvements',
          'Hire, onboard and develop crew leads and technicians, including our apprentices',
          'Work with permitting and inspection offices in a dozen municipalities',
        ],
      },
      {
        h: 'What you\u2019ll bring',
        ul: [
          '5+ years in HVAC, electrical or construction field operations, including 2+ years managing crews',
          'Hands-on knowledge of heat pump or HVAC installation; NATE certification is a plus',
          'Strong command of scheduling, job costing and quality control',
          'A valid driver\u2019s license and the ability to be on job sites most days',
          'A calm, respectful leadership style and a passion for climate solutions',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Salary of $98,000 to $120,000 plus a quarterly bonus tied to safety and quality',
          'Health insurance (medical, dental and vision) with a choice of plans',
          'Company truck, fuel card and phone',
          '401(k) with a 3% match and stock options',
          '15 days of paid time off plus holidays, rising with tenure',
          'A generous employee discount on your own heat pump',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Gridwell Energy')],
      },
    ],
  },

  {
    slug: 'brightfield-curriculum-product-manager',
    style: 'greenhouse',
    url: 'https://boards.greenhouse.io/brightfieldlearning/jobs/7100003',
    title: 'Product Manager, Elementary Math Tutoring',
    company: 'Brightfield Learning',
    companyUrl: 'https://www.brightfieldlearning.example/',
    companyBlurb:
      'Brightfield Learning provides live online math tutoring to elementary and middle school students through their school districts.',
    healthcare: false,
    segment: 'edtech (K-8 tutoring sold to school districts)',
    location: { city: 'Austin', region: 'TX', regionName: 'Texas', country: 'US', postal: '78701' },
    locationLabel: 'Remote (US) or Austin, TX',
    workplace: 'Remote',
    employmentType: 'FULL_TIME',
    department: 'Product',
    datePosted: '2026-11-11',
    validThrough: '2027-01-11',
    salary: { min: 140000, max: 165000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Brightfield',
        p: [
          'At Brightfield, we believe every child deserves a great teacher. We\u2019re transforming education by improving access to high-quality tutoring for the students who need it most, closing opportunity gaps and nurturing the whole child, including their social and emotional wellbeing. Our passionate, mission-driven team wakes up every day to change lives.',
          'Our model is simple. School districts pay us per enrolled student to deliver live, small-group math tutoring during the school day, three times a week, with tutors we recruit, train and coach. This year we serve 780,000 students in 410 districts across 19 states, and 68% of them attend schools where most families qualify for free or reduced-price lunch.',
          'In an independent evaluation of the 2024 to 2025 school year, third through fifth graders who attended at least 30 Brightfield sessions gained 1.3 grade levels in math on their district\u2019s spring assessment, compared with 0.9 for similar students who did not participate.',
        ],
      },
      {
        h: 'The role',
        p: [
          'We are hiring a Product Manager for our elementary math tutoring experience: the session tools that tutors and students use together, the practice that happens between sessions and the progress reports that teachers see. You will work with a team of six engineers, a designer, a learning scientist and two former classroom teachers, and you will report to Naomi Fairbairn-Castillo, Director of Product.',
        ],
      },
      {
        h: 'What you\u2019ll do',
        ul: [
          'Spend time in real tutoring sessions every month and talk with students, tutors and teachers',
          'Own the roadmap for the elementary session experience and write clear, well-scoped specs',
          'Define success metrics with our data team and run experiments to improve learning and attendance',
          'Partner with the learning science team to turn research into product decisions',
          'Keep district partners and our customer success team informed about what is shipping and why',
        ],
      },
      {
        h: 'What you\u2019ll bring',
        ul: [
          '4+ years of product management experience, ideally in education or consumer products for young users',
          'Experience with experimentation and working comfortably with data',
          'Strong written communication and a bias toward shipping and learning',
          'Classroom teaching or tutoring experience is a big plus',
          'Familiarity with student data privacy requirements such as FERPA and COPPA',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Salary of $140,000 to $165,000 plus equity',
          'Health insurance, dental and vision with 95% of employee premiums covered',
          '401(k) with a 4% match',
          'Generous paid time off, including a week off at the winter break',
          '14 weeks of paid parental leave',
          'A $1,000 yearly learning and wellbeing stipend',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Brightfield Learning')],
      },
    ],
  },

  {
    slug: 'cedar-hollow-veterinary-technician',
    style: 'career-site',
    url: '{origin}/careers/cedar-hollow-veterinary.html',
    title: 'Credentialed Veterinary Technician, Emergency and Critical Care',
    company: 'Cedar Hollow Veterinary Hospital',
    companyUrl: 'https://www.cedarhollowvet.example/',
    companyBlurb:
      'Independent 24-hour general, emergency and critical care veterinary hospital for dogs and cats in Asheville, North Carolina.',
    healthcare: false,
    segment: 'veterinary hospital',
    location: {
      city: 'Asheville',
      region: 'NC',
      regionName: 'North Carolina',
      country: 'US',
      postal: '28806',
    },
    workplace: 'On-site',
    department: 'Emergency and Critical Care',
    employmentType: 'FULL_TIME',
    datePosted: '2026-11-16',
    validThrough: '2027-01-31',
    salary: { min: 24, max: 32, unit: 'HOUR' },
    sections: [
      {
        h: 'About Cedar Hollow',
        p: [
          'Cedar Hollow Veterinary Hospital exists to provide compassionate, high-quality care to every patient who comes through our doors. We are a mission-driven team dedicated to improving access to care for pets and the families who love them, and to transforming the way our community thinks about animal health.',
          'We are an independent, veterinarian-owned 24-hour hospital in Asheville offering general practice, emergency and critical care, and surgery for dogs and cats. Our ICU cares for around 9,000 emergency patients a year, and we are one of only two hospitals within 60 miles open overnight. Pet owners pay us directly for the care their animals receive, and many use pet insurance or our payment plans.',
          'Every Saturday our low-cost community clinic offers vaccines, microchips and spay and neuter surgery at cost to families receiving public assistance. In 2025 the clinic gave 3,100 vaccinations and performed 640 spay and neuter surgeries. We believe in treating our patients, our clients and each other like family.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'We are looking for a Credentialed Veterinary Technician to join our emergency and critical care team. You will triage incoming patients, monitor anesthesia, place catheters, run diagnostics and provide nursing care to hospitalized pets in our ICU. You will work three 12-hour shifts a week on a rotating schedule and report to our Head Technician, Bridget Amankwah-Soule, CVT, VTS (ECC).',
        ],
      },
      {
        h: 'Responsibilities',
        ul: [
          'Triage emergency patients and communicate clearly and kindly with worried owners',
          'Place IV catheters, collect samples and run in-house laboratory tests and radiographs',
          'Induce, monitor and recover anesthesia for emergency surgeries',
          'Provide nursing care, medications and fluid therapy to ICU patients according to treatment sheets',
          'Perform CPR as part of our RECOVER-trained resuscitation team',
          'Mentor veterinary assistants and technician students on externship',
        ],
      },
      {
        h: 'Qualifications',
        ul: [
          'Credentialed Veterinary Technician (CVT, LVT or RVT) in good standing, or eligible for North Carolina registration',
          'At least 1 year of experience in a veterinary emergency or specialty hospital preferred; new graduates with ER externships are welcome',
          'Comfort with fast-paced, emotionally demanding work, and a sense of humor',
          'Ability to lift 50 pounds with assistance and to work nights, weekends and some holidays',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          '$24 to $32 per hour depending on experience, plus night and weekend differentials',
          'Health insurance (medical, dental and vision) starting the first of the month after hire',
          'Four free exams a year and 30% off services for up to four of your own pets',
          '$1,000 continuing education allowance and paid VTS mentorship',
          'Paid time off starting at 120 hours a year and a 401(k) with a 3% match',
          'Free scrubs and shift meals',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Cedar Hollow Veterinary Hospital')],
      },
    ],
  },
];

/** The "about us" page: lots of mission language, but not a job posting. */
export const ABOUT_PAGE = {
  slug: 'juniper-oak-about',
  style: 'career-site',
  url: '{origin}/about/juniper-oak.html',
  title: 'About us',
  company: 'Juniper Oak Primary Care',
  companyUrl: 'https://www.juniperoakcare.example/',
  sections: [
    {
      h: 'Primary care that finally has time for you',
      p: [
        'Juniper Oak was founded in 2018 by a geriatrician and a nurse who were tired of fifteen-minute visits. We believe older adults deserve care that is unhurried, personal and built around what matters most to them. Our mission is to help every senior we serve live a longer, healthier, more joyful life.',
        'Today we run 23 primary care centers in Arizona and New Mexico for adults 65 and older. Most of our patients are members of Medicare Advantage plans that partner with us; those plans pay us a set amount each month for every member we care for, which lets us focus on keeping people well instead of on how many visits we can fit into a day.',
      ],
    },
    {
      h: 'What makes us different',
      ul: [
        'Longer visits: 40 minutes for a routine appointment, an hour for a new patient',
        'A care team that knows you: your clinician, a medical assistant and a nurse care coordinator',
        'Same-day and next-day appointments, plus a phone line answered by our own nurses around the clock',
        'Free door-to-door rides to our centers and home visits when you cannot come to us',
        'Exercise classes, social events and a community room at every center',
      ],
    },
    {
      h: 'Our results',
      p: [
        'In 2025 our patients were admitted to the hospital 31% less often than comparable Medicare Advantage members in the same counties, according to an independent actuarial review. 96% of patients say they would recommend Juniper Oak to a friend.',
      ],
    },
    {
      h: 'Our leadership',
      p: [
        'Dr. Elena Marchetti-Boateng, Co-founder and Chief Medical Officer. Walter Ishikawa-Flores, RN, Co-founder and Chief Executive Officer. Dr. Tomasz Abernathy-Reyes, Regional Medical Director, Southern Arizona.',
      ],
    },
    {
      h: 'Join us',
      p: [
        'We are always looking for clinicians and team members who love working with older adults. Visit our careers page to see open roles.',
      ],
    },
  ],
};
