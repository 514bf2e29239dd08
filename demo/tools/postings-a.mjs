// Fictional sample postings for the Mission Lens demo board (part A: healthcare employers).
// Every company, person, place name with a county and number here is invented. Text is HTML-safe
// (use &amp; for ampersands); `build.mjs` renders it into each board's markup.

const EEO_GENERIC = (name) =>
  `${name} is an equal opportunity employer. We welcome applicants of every race, color, religion, sex, sexual orientation, gender identity or expression, national origin, age, disability, genetic information, veteran status, or any other characteristic protected by law. If you need a reasonable accommodation at any point in the hiring process, email our recruiting team and we will work with you.`;

export const HEALTHCARE_POSTINGS = [
  {
    slug: 'harborline-rn-care-manager',
    style: 'linkedin',
    url: 'https://www.linkedin.com/jobs/view/4100000001/',
    title: 'RN Care Manager, Maternal and Child Health',
    company: 'Harborline Community Health Plan',
    companyUrl: 'https://www.harborlinehealthplan.example/',
    companyBlurb:
      'Nonprofit Medicaid managed care plan covering 310,000 residents of Tamsen and Orrin counties, Ohio.',
    linkedinCompany: 'harborline-community-health-plan',
    healthcare: true,
    segment: 'payer (Medicaid managed care)',
    location: { city: 'Ashby Falls', region: 'OH', regionName: 'Ohio', country: 'US', postal: '45702' },
    workplace: 'Hybrid',
    employmentType: 'FULL_TIME',
    seniority: 'Mid-Senior level',
    jobFunction: 'Health Care Provider',
    industry: 'Insurance',
    datePosted: '2026-11-03',
    validThrough: '2026-12-31',
    postedAgo: '2 weeks ago',
    applicants: '41 applicants',
    salary: { min: 78000, max: 96000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Harborline',
        p: [
          'Harborline Community Health Plan is a nonprofit Medicaid managed care plan. We provide Medicaid and CHIP coverage to 310,000 low-income residents of Tamsen and Orrin counties, including roughly one in three children in the region. The Ohio Department of Medicaid pays us a fixed monthly amount for each member, and we use it to pay for our members\u2019 doctor visits, hospital stays, prescriptions, dental and behavioral health care, and for the care managers, community health workers and free rides that help members actually use their coverage.',
          'We believe healthcare should work for everyone, no matter their zip code. Our mission is to improve the health and wellbeing of the communities we serve, and we are proud to be a mission-driven organization that always puts members first.',
          'We also hold ourselves to numbers. Since our Healthy Start outreach program launched in 2023, the share of pregnant members who see a prenatal provider in the first trimester has risen from 61% to 78%, and NICU admissions among members enrolled in the program fell 14% compared with eligible members who declined to enroll. In 2025 we arranged 212,000 free rides to medical appointments and answered 94% of member calls in under a minute.',
          'Come be part of a passionate team that is reimagining what a health plan can be.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'As an RN Care Manager on our Maternal and Child Health team, you will support a caseload of 60 to 75 pregnant and postpartum members, most of whom are managing at least one risk factor such as chronic hypertension, gestational diabetes, substance use disorder or unstable housing. You will work by phone, by video and in person at partner OB clinics in Ashby Falls and Orrin City, alongside a community health worker, a social worker and a pharmacist. You will report to Denise Okafor-Lund, RN, Manager of Maternal Health Programs.',
        ],
      },
      {
        h: 'What you will do',
        ul: [
          'Complete health risk assessments within 14 days of a member\u2019s pregnancy being identified, and build an individualized care plan with the member',
          'Coordinate prenatal and postpartum visits, blood pressure cuffs, breast pumps, behavioral health referrals and transportation',
          'Follow up within 72 hours after any emergency department visit or inpatient stay',
          'Educate members on warning signs of preeclampsia, postpartum depression and infant feeding problems, using teach-back',
          'Work with the utilization management team on prior authorizations for high-risk services',
          'Document all contacts in our care management platform and meet quality measures for timeliness and completeness',
          'Participate in weekly interdisciplinary case rounds and monthly chart audits',
        ],
      },
      {
        h: 'What you bring',
        ul: [
          'Active, unrestricted Registered Nurse license in Ohio (or a compact license)',
          'At least 3 years of clinical nursing experience, including 1 year in labor and delivery, postpartum, NICU, OB clinic or public health nursing',
          'Working knowledge of Medicaid benefits and community resources',
          'Comfortable using electronic health records and working from home two to three days a week',
          'Valid driver\u2019s license and reliable transportation for clinic and home visits within the two counties',
          'Bachelor of Science in Nursing preferred; Certified Case Manager (CCM) credential a plus',
          'Spanish or Somali language skills are a strong plus',
        ],
      },
      {
        h: 'What we offer',
        ul: [
          'Salary range of $78,000 to $96,000 per year, based on experience',
          'Health insurance (medical, dental and vision) starting on your first day, with a low-deductible plan option',
          '403(b) retirement plan with a 5% employer contribution',
          '25 days of paid time off plus 10 paid holidays',
          'Tuition reimbursement up to $5,250 per year and paid CCM exam fees',
          'Mileage reimbursement and a home-office stipend',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Harborline Community Health Plan')],
      },
    ],
  },

  {
    slug: 'mindlark-enterprise-ae',
    style: 'linkedin',
    url: 'https://www.linkedin.com/jobs/view/4100000002/',
    title: 'Enterprise Account Executive, Mid-Market',
    company: 'Mindlark',
    companyUrl: 'https://www.mindlark.example/',
    companyBlurb:
      'Mindlark is a digital mental health benefit that employers offer to their people: therapy, coaching and self-guided programs in one app.',
    linkedinCompany: 'mindlark',
    healthcare: true,
    segment: 'digital mental health (sold to employers)',
    location: { city: 'Remote', region: '', regionName: '', country: 'US', remote: true },
    workplace: 'Remote',
    employmentType: 'FULL_TIME',
    seniority: 'Mid-Senior level',
    jobFunction: 'Sales and Business Development',
    industry: 'Mental Health Care',
    datePosted: '2026-11-10',
    validThrough: '2027-01-10',
    postedAgo: '5 days ago',
    applicants: 'Over 200 applicants',
    salary: { min: 95000, max: 115000, unit: 'YEAR' },
    sections: [
      {
        h: 'Who we are',
        p: [
          'At Mindlark, we\u2019re on a mission to make mental health care accessible to everyone, everywhere. We believe that feeling better shouldn\u2019t be a luxury, and we\u2019re breaking down the stigma that keeps people from getting help. Our mission-driven team is transforming how the world thinks about mental wellbeing, one conversation at a time.',
          'Here is how it works: employers offer Mindlark to their employees and dependents as a benefit and pay us a flat per-employee-per-month fee. Members download the app, take a short assessment and are matched with a licensed therapist, a certified coach or a self-guided program, at no cost to them. Today more than 1,100 employers offer Mindlark to 2.3 million employees and family members.',
          'In our 2025 outcomes report, members with moderate depression who completed at least six therapy sessions saw their PHQ-9 scores fall by an average of 5.4 points, and 58% reached remission. The median wait from sign-up to a first therapy appointment was 2.8 days. We are passionate about improving lives and building a happier, healthier world of work.',
        ],
      },
      {
        h: 'The opportunity',
        p: [
          'We\u2019re looking for an Enterprise Account Executive to bring Mindlark to mid-market employers with 1,000 to 5,000 employees. You\u2019ll own the full sales cycle with HR and benefits leaders, from first meeting through contract, and you\u2019ll work closely with benefits consultants and brokers who advise those employers. You\u2019ll report to Priya Ramaswamy-Hale, Vice President of Mid-Market Sales.',
        ],
      },
      {
        h: 'What you\u2019ll do',
        ul: [
          'Build and manage a pipeline of new mid-market employer accounts across your assigned territory',
          'Run discovery with CHROs and benefits leaders to understand their workforce, current employee assistance program and claims trends',
          'Deliver tailored demos and ROI cases showing engagement, clinical outcomes and expected changes in medical spend',
          'Partner with benefits consultants and brokers on RFPs and renewals',
          'Negotiate pricing and contract terms, including performance guarantees on engagement and access',
          'Hand off new clients smoothly to Customer Success and stay involved through launch',
          'Keep Salesforce accurate and forecast your quarter with confidence',
        ],
      },
      {
        h: 'What you\u2019ll bring',
        ul: [
          '4+ years of closing experience selling SaaS or employee benefits to HR buyers',
          'A track record of meeting or beating a new-business quota of $900K or more in annual contract value',
          'Experience working with benefits consultants and brokers is strongly preferred',
          'Curiosity about mental health and comfort talking about it openly',
          'Excellent written communication and a talent for simple, honest storytelling',
          'Willingness to travel up to 25% for client meetings and conferences',
        ],
      },
      {
        h: 'Perks and benefits',
        ul: [
          'Base salary of $95,000 to $115,000 with on-target earnings of $190,000 to $230,000',
          'Health insurance with 100% of employee premiums covered, plus dental and vision',
          'Free Mindlark membership for you and your family, of course',
          'Flexible time off with a 15-day minimum, plus a company-wide week off in December',
          '16 weeks of fully paid parental leave',
          '$1,500 yearly learning stipend and a one-time $600 home-office budget',
        ],
      },
      {
        h: 'Our commitment',
        p: [
          'We are committed to building a diverse and inclusive team. Mindlark is an equal opportunity employer and does not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, disability, veteran status or any other protected status. We will consider qualified applicants with arrest and conviction records in accordance with applicable law.',
        ],
      },
    ],
  },

  {
    slug: 'juniper-oak-nurse-practitioner',
    style: 'greenhouse',
    url: 'https://boards.greenhouse.io/juniperoakprimarycare/jobs/7100001',
    title: 'Nurse Practitioner, Senior Primary Care',
    company: 'Juniper Oak Primary Care',
    companyUrl: 'https://www.juniperoakcare.example/',
    companyBlurb:
      'Value-based primary care centers for adults 65 and older in Arizona and New Mexico, paid per member per month by Medicare Advantage plans.',
    healthcare: true,
    segment: 'value-based primary care for seniors (capitated by Medicare Advantage plans)',
    location: { city: 'Tucson', region: 'AZ', regionName: 'Arizona', country: 'US', postal: '85719' },
    workplace: 'On-site',
    employmentType: 'FULL_TIME',
    department: 'Clinical',
    datePosted: '2026-11-05',
    validThrough: '2027-01-31',
    salary: { min: 128000, max: 152000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Juniper Oak',
        p: [
          'At Juniper Oak, we\u2019re reimagining primary care for older adults. We believe every senior deserves a doctor who knows their name, their story and what matters most to them, and we\u2019re bringing the joy back to medicine for the clinicians who provide that care.',
          'Juniper Oak runs 23 primary care centers in Arizona and New Mexico exclusively for people 65 and older. We partner with Medicare Advantage health plans, which pay us a fixed amount per member per month and make us responsible for the total cost and quality of care for about 41,000 of their members. Because we are not paid per visit, we can spend on what actually keeps seniors well: 40-minute appointments, panels of about 450 patients instead of 2,000, a dedicated care team for every clinician, same-day sick visits, home visits and free door-to-door rides.',
          'It is working. In 2025 our patients had 31% fewer inpatient admissions per thousand than comparable Medicare Advantage members in the same counties, according to an independent actuarial review, and 93% of our diabetic patients had an eye exam during the year. We are a compassionate, patient-centered community, and we\u2019re just getting started.',
        ],
      },
      {
        h: 'The role',
        p: [
          'We are hiring a full-time Nurse Practitioner for our Grant Road center in Tucson. You will be the primary care provider for a panel of about 400 seniors, many of whom live with several chronic conditions, and you will lead a care team that includes a medical assistant, an RN care coordinator and a shared behavioral health clinician. You will report to our Regional Medical Director, Dr. Tomasz Abernathy-Reyes.',
        ],
      },
      {
        h: 'What you\u2019ll do',
        ul: [
          'Provide comprehensive primary care, including annual wellness visits, chronic disease management, acute visits and advance care planning',
          'Reconcile medications and deprescribe where appropriate, with support from our clinical pharmacist',
          'See patients within 48 hours after a hospital discharge and coordinate with specialists and home health agencies',
          'Join daily care team huddles to review patients who were hospitalized, missed appointments or need outreach',
          'Document diagnoses accurately and completely so that each patient\u2019s needs are reflected in their care plan',
          'Do occasional home visits for patients who cannot come to the center',
        ],
      },
      {
        h: 'What you\u2019ll bring',
        ul: [
          'Current Arizona Nurse Practitioner license and national board certification (AANP or ANCC), family or adult-gerontology',
          'DEA registration, or willingness to obtain it before starting',
          'At least 2 years of experience as an NP in primary care, geriatrics or internal medicine',
          'Genuine enjoyment of older adults and their families, including difficult conversations about goals of care',
          'Comfort with team-based care and with using data to improve outcomes for your panel',
          'Spanish fluency preferred',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Base salary of $128,000 to $152,000, plus an annual quality bonus',
          'Health insurance (medical, dental and vision) for you and your family, with Juniper Oak paying 90% of premiums',
          'Malpractice insurance with tail coverage',
          '401(k) with a 4% match, vested immediately',
          '28 days of paid time off, plus 5 CME days and a $3,000 CME allowance',
          'No nights, no weekends and no hospital call',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Juniper Oak Primary Care')],
      },
    ],
  },

  {
    slug: 'tallyboard-senior-software-engineer',
    style: 'greenhouse',
    url: 'https://boards.greenhouse.io/tallyboardhealth/jobs/7100002',
    title: 'Senior Software Engineer, Claims and Billing',
    company: 'Tallyboard Health',
    companyUrl: 'https://www.tallyboard.example/',
    companyBlurb:
      'Practice management, documentation and billing software for independent physical, occupational and speech therapy clinics.',
    healthcare: true,
    segment: 'health IT (SaaS for outpatient therapy clinics)',
    location: { city: 'Chicago', region: 'IL', regionName: 'Illinois', country: 'US', postal: '60607' },
    locationLabel: 'Chicago, IL or Remote (US)',
    workplace: 'Hybrid or Remote',
    employmentType: 'FULL_TIME',
    department: 'Engineering',
    datePosted: '2026-11-12',
    validThrough: '2027-02-12',
    salary: { min: 165000, max: 195000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Tallyboard',
        p: [
          'Tallyboard is on a mission to transform healthcare by empowering the providers who deliver it. We believe technology should get out of the way of care, so clinicians can spend their time with patients instead of with paperwork. Together, we\u2019re building healthier communities.',
          'Concretely, we build the software that independent physical, occupational and speech therapy clinics run on: scheduling, clinical documentation, insurance billing and patient payments. More than 2,600 clinics pay us a monthly subscription for each licensed clinician who uses Tallyboard, plus a small fee on patient card payments. In a 2025 time study across 140 of those clinics, therapists using our documentation templates cut the time spent writing a visit note from 16 minutes to 9. Our claims engine submits 1.4 million insurance claims a month, and 96.8% are accepted by payers on the first pass, which means clinics get paid in days rather than months.',
        ],
      },
      {
        h: 'About the team',
        p: [
          'The Claims and Billing team owns everything between a finished visit note and money in a clinic\u2019s bank account: charge capture, claim creation and scrubbing, clearinghouse integrations, electronic remittance posting and denial management. It is a team of six engineers, a product manager and a designer, led by engineering manager Ruth Adeyemi-Strand. We ship small changes many times a day and care a lot about correctness, because every bug here is somebody\u2019s paycheck.',
        ],
      },
      {
        h: 'What you\u2019ll work on',
        ul: [
          'Design and build services that generate and validate X12 837 claims and post 835 remittances at scale',
          'Improve our claim scrubber so that more errors are caught before a claim ever reaches a payer',
          'Build tools that help clinic billers understand and fix denials quickly',
          'Migrate legacy billing jobs from a monolith into well-tested, observable services',
          'Mentor other engineers and lead technical design reviews',
          'Take part in a humane on-call rotation (one week in seven, with follow-the-sun support)',
        ],
      },
      {
        h: 'You might be a fit if you have',
        ul: [
          '6+ years of professional software engineering experience, including backend services in TypeScript, Go, Java or a similar language',
          'Experience with relational databases (we use PostgreSQL) and event-driven systems',
          'A habit of writing tests, monitoring what you ship and owning it in production',
          'Experience with healthcare billing, payments or other financial systems (a big plus, but not required)',
          'Familiarity with HIPAA and handling protected health information responsibly',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Salary range of $165,000 to $195,000, plus equity',
          'Health insurance, dental and vision coverage with a $0-premium option for employees',
          '401(k) with a 4% match',
          'Four weeks of vacation, plus your birthday off',
          '12 weeks of paid parental leave for all parents',
          'A yearly $2,000 learning budget and a new laptop of your choice',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Tallyboard Health')],
      },
    ],
  },

  {
    slug: 'threshold-clinical-program-manager',
    style: 'lever',
    url: 'https://jobs.lever.co/thresholdhealth/3f6c2a8e-5b1d-4c7e-9a24-6d8e1f0b7c31',
    leverSlug: 'thresholdhealth',
    title: 'Clinical Program Manager, Hospital at Home',
    company: 'Threshold Health',
    companyUrl: 'https://www.thresholdhealth.example/',
    companyBlurb:
      'Threshold Health builds and runs hospital-at-home programs for health systems: clinical command center, in-home visits, logistics and remote monitoring.',
    healthcare: true,
    segment: 'hospital at home (sold to health systems)',
    location: {
      city: 'Charlotte',
      region: 'NC',
      regionName: 'North Carolina',
      country: 'US',
      postal: '28204',
    },
    workplace: 'Hybrid',
    team: 'Clinical Operations',
    employmentType: 'FULL_TIME',
    datePosted: '2026-11-07',
    validThrough: '2027-01-15',
    salary: { min: 112000, max: 134000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Threshold Health',
        p: [
          'Threshold Health is transforming healthcare by bringing the hospital home. We believe the future of care is at home, and that patients heal better surrounded by the people and things they love. Our compassionate, mission-driven team is redefining what acute care can look like.',
          'We partner with health systems to launch and run hospital-at-home programs. Our partners pay us a fee for each patient episode we support, and in return we provide the clinical command center, the nurses and community paramedics who visit patients, remote monitoring kits, same-day delivery of medications and equipment, and the software that ties it all together. Patients remain inpatients of the partner hospital, and the hospital bills their insurance for the stay as usual.',
          'Across our 11 health-system partners we have cared for more than 9,800 patients with conditions such as heart failure, COPD, pneumonia and cellulitis in their own homes. For heart-failure patients, our nurse-led home visits after discharge cut 30-day readmissions by 22% compared with matched patients treated in a traditional hospital bed, and patient falls were less than half the inpatient rate.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'As Clinical Program Manager, you will be the clinical and operational owner of our hospital-at-home program with Carolina Piedmont Health, our newest partner, which is scaling from 12 to 30 virtual beds in 2027. You will report to Marcus Delacroix-Whitfield, Senior Director of Clinical Operations, and spend about half of your time on site at partner hospitals in Charlotte.',
        ],
      },
      {
        h: 'What you will do',
        ul: [
          'Own daily census, admission volume, length of stay, escalation and readmission metrics for the program',
          'Work with hospitalists, case managers and emergency department leaders to identify eligible patients and make referrals easy',
          'Lead the local team of RNs and community paramedics, including scheduling, competency validation and coaching',
          'Run safety huddles, review every escalation back to the hospital and drive corrective actions',
          'Keep partner policies and procedures current and survey-ready with accreditation and state requirements',
          'Report program performance monthly to partner executives and our own leadership',
        ],
      },
      {
        h: 'What you will bring',
        ul: [
          'Active RN license in North Carolina (or compact license); BSN required, MSN or MHA preferred',
          '5+ years of acute care nursing experience, with at least 2 years in a leadership role',
          'Experience launching a new clinical program or service line',
          'Comfort with data: you can build a simple dashboard and explain what it means',
          'Calm judgment in urgent situations and excellent communication with physicians and executives',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Base salary of $112,000 to $134,000 plus an annual performance bonus',
          'Health insurance (medical, dental and vision), life and disability insurance',
          '401(k) with a 4% company match',
          '20 days of paid time off plus 9 holidays',
          'Paid parental leave and a monthly phone and mileage stipend',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Threshold Health')],
      },
    ],
  },

  {
    slug: 'kinfolk-bridge-community-health-worker',
    style: 'lever',
    noJsonLd: true,
    url: 'https://jobs.lever.co/kinfolkbridge/8a1d4e7b-2c3f-4b9a-b6e5-0f7d2c9a4e18',
    leverSlug: 'kinfolkbridge',
    title: 'Community Health Worker, Bilingual (Spanish/English)',
    company: 'Kinfolk Bridge Health',
    companyUrl: 'https://www.kinfolkbridge.example/',
    companyBlurb:
      'Community health worker programs for Medicaid and Medicare Advantage members, paid for by health plans.',
    healthcare: true,
    segment: 'social determinants of health / community health workers (paid by health plans)',
    location: { city: 'Modesto', region: 'CA', regionName: 'California', country: 'US' },
    workplace: 'On-site',
    team: 'Community Programs',
    employmentType: 'FULL_TIME',
    commitment: 'Full-time',
    datePosted: '2026-11-14',
    salary: { min: 24, max: 29, unit: 'HOUR' },
    sections: [
      {
        h: 'Who we are',
        p: [
          'At Kinfolk Bridge, we believe health starts where people live, work and play. We address the root causes of poor health and advance health equity by meeting people where they are, with dignity and respect.',
          'Here is what that means day to day. Our 140 community health workers support 12,400 health plan members across California\u2019s Central Valley who are dealing with things a clinic visit cannot fix: an eviction notice, an empty refrigerator, a utility shutoff, no ride to dialysis. Medicaid managed care plans and Medicare Advantage plans pay us a monthly fee for each member we enroll, with a bonus when their members\u2019 avoidable emergency visits go down.',
          'In 2025, 71% of enrolled members who came to us with an eviction notice were still housed six months later, and emergency department visits among enrolled members dropped 19% in their first six months with us, measured by our plan partners using their own claims data. We are a community of neighbors helping neighbors, and we are building a healthier, more just Central Valley.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'As a Community Health Worker, you will be a trusted guide for a caseload of about 45 members in Stanislaus County. Most of your week is spent in the community: in members\u2019 homes, at clinics, food banks, county offices and community centers. You will report to Lucía Benavides-Tran, Community Programs Supervisor, and be supported by a licensed social worker and a nurse.',
        ],
      },
      {
        h: 'What you will do',
        ul: [
          'Reach out to members referred by their health plan and build trust through regular visits and calls',
          'Complete a social needs screening and set goals together with each member',
          'Connect members to food assistance, housing programs, utility assistance, CalFresh and transportation, and follow through until the need is met',
          'Accompany members to appointments when helpful and help them prepare questions for their doctor',
          'Share what you learn with the member\u2019s care team, with their permission',
          'Document visits and outcomes accurately in our case management app on the same day',
        ],
      },
      {
        h: 'What you bring',
        ul: [
          'Fluency in Spanish and English, spoken and written (required)',
          'At least 1 year of experience in community outreach, social services, peer support, promotora work or a similar role, paid or volunteer',
          'Lived experience in the communities we serve is highly valued',
          'A valid California driver\u2019s license, auto insurance and a reliable car',
          'High school diploma or equivalent; CHW certificate preferred, or willingness to complete our paid CHW training within 6 months',
        ],
      },
      {
        h: 'What we offer',
        ul: [
          '$24 to $29 per hour, depending on experience and language skills',
          'Health insurance (medical, dental and vision) with Kinfolk Bridge paying 100% of employee premiums',
          'Mileage reimbursement at the IRS rate, plus a company phone',
          '18 days of paid time off and 11 paid holidays',
          'Paid CHW certification and a clear career ladder to Senior CHW and Team Lead',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [
          'Kinfolk Bridge Health is proud to be an equal opportunity employer. We do not discriminate based on race, color, ancestry, religion, sex, sexual orientation, gender identity or expression, national origin, age, disability, medical condition, marital status, veteran status, or any other characteristic protected by law. We encourage people with lived experience of poverty, housing instability, incarceration or immigration to apply.',
        ],
      },
    ],
  },

  {
    slug: 'pulsebridge-quality-engineer',
    style: 'career-site',
    url: '{origin}/careers/pulsebridge-medical.html',
    title: 'Quality Engineer II, Design Assurance',
    company: 'Pulsebridge Medical',
    companyUrl: 'https://www.pulsebridgemedical.example/',
    companyBlurb:
      'Pulsebridge Medical makes a 14-day wearable ECG patch and analysis service for detecting heart rhythm disorders.',
    healthcare: true,
    segment: 'medtech (wearable cardiac monitoring)',
    location: { city: 'Minneapolis', region: 'MN', regionName: 'Minnesota', country: 'US', postal: '55413' },
    workplace: 'On-site',
    department: 'Quality and Regulatory',
    employmentType: 'FULL_TIME',
    datePosted: '2026-11-18',
    validThrough: '2027-01-18',
    salary: { min: 92000, max: 112000, unit: 'YEAR' },
    sections: [
      {
        h: 'About Pulsebridge',
        p: [
          'At Pulsebridge, we\u2019re driven by a simple mission: to help every heart beat longer. We innovate relentlessly to improve patient outcomes worldwide, and we\u2019re proud to be a team of dreamers and doers who put patients at the center of everything we do.',
          'Our product is the Pulsebridge Patch, an FDA-cleared, water-resistant ECG monitor that patients wear on the chest for up to 14 days, together with a monitoring service in which certified cardiac technicians review every recording with the help of our rhythm-analysis software. Cardiologists and primary care physicians prescribe the patch; we bill Medicare and commercial insurers for the monitoring service, and hospitals and large practices can also buy it under contract.',
          'Longer monitoring finds what short tests miss. In a 2,400-patient study we sponsored and published in 2025, the 14-day patch detected atrial fibrillation in 1 of every 9 patients whose earlier 24-hour Holter monitor had found nothing. Last year more than 310,000 patients wore a Pulsebridge Patch.',
        ],
      },
      {
        h: 'About the role',
        p: [
          'We are looking for a Quality Engineer II to join our Design Assurance team in Minneapolis. You will partner with R&amp;D engineers on our next-generation patch and its firmware, making sure that what we design is safe, effective and well documented under our quality management system. You will report to Hannelore Strickland-Obi, Design Assurance Manager.',
        ],
      },
      {
        h: 'Responsibilities',
        ul: [
          'Own design control deliverables for assigned projects: design inputs, traceability matrices, verification and validation plans and reports',
          'Lead risk management activities under ISO 14971, including hazard analyses and design and use FMEAs',
          'Review test methods, sample-size rationales and statistical analyses for design verification',
          'Support software and firmware quality activities under IEC 62304',
          'Investigate complaints and nonconformances and drive CAPAs to effective closure',
          'Support FDA and notified body audits and contribute to 510(k) submissions',
        ],
      },
      {
        h: 'Qualifications',
        ul: [
          'Bachelor\u2019s degree in biomedical, electrical, mechanical or a related engineering field',
          '3+ years of quality or design assurance experience in medical devices',
          'Working knowledge of 21 CFR 820, ISO 13485 and ISO 14971',
          'Experience with statistical tools such as Minitab or JMP',
          'Clear, concise technical writing',
          'Preferred: experience with wearable, electronic or software-driven devices; ASQ CQE certification',
        ],
      },
      {
        h: 'Benefits',
        ul: [
          'Salary range of $92,000 to $112,000 plus an annual bonus target of 8%',
          'Health insurance (medical, dental and vision) with an HSA contribution of up to $1,500 per year',
          '401(k) with a dollar-for-dollar match up to 5%',
          '3 weeks of vacation, 10 holidays and a winter shutdown week',
          'Tuition assistance and paid professional certifications',
        ],
      },
      {
        h: 'Equal opportunity',
        p: [EEO_GENERIC('Pulsebridge Medical')],
      },
    ],
  },
];
