// Every board adapter against its dated fixtures, and the three real saved board pages
// of the corpus, in both DOMs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPosting } from '../../../src/core/extract/read-posting.ts';
import type { Board } from '../../../src/core/types.ts';
import { urlFacts } from '../../../src/sites/posting-urls.ts';
import { DOMS } from './dom.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../../../src/sites/fixtures');
const CORPUS_PAGES = join(here, '../../../../shared/corpus/pages');

interface Case {
  file: string;
  url: string;
  board: Board;
  title: string | null;
  company: string | null;
  location?: string;
  starts?: string;
  contains?: string[];
  absent?: string[];
}

const POSTINGS: Case[] = [
  {
    file: `${CORPUS_PAGES}/001.html`,
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    board: 'linkedin',
    title: 'Senior Software Engineer - Developer Experience',
    company: 'Heidi',
    location: 'Melbourne, Victoria, Australia',
    starts: 'Who We Are\n\nHealthcare needs a better rhythm',
    contains: ['Heidi is building an AI Care Partner'],
    absent: ['Show more', 'Show less', 'Seniority level'],
  },
  {
    file: `${CORPUS_PAGES}/002.html`,
    url: 'https://au.indeed.com/viewjob?from=social_other&jk=54f1f8af68d722d2',
    board: 'indeed',
    title: 'Senior DevOps Engineer',
    company: 'PaperCut Software',
    location: 'Camberwell, VIC, AU',
    starts: 'Company Description\n\nAt PaperCut, we believe two things',
    contains: ['Simply put: our code saves trees!'],
  },
  {
    file: `${CORPUS_PAGES}/003.html`,
    url: 'https://au.seek.com/job/93856863',
    board: 'seek',
    title: 'Senior Platform Engineer | Remote | Australia',
    company: 'iterate',
    location: 'Melbourne VIC (Remote)',
    starts: "I'm representing a growing, seed-stage Australian healthtech",
    contains: ['What the role involves:'],
  },
  {
    file: 'linkedin-search-pane.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=nurse',
    board: 'linkedin',
    title: 'Registered Nurse, Virtual Care',
    company: 'Brightwater Health',
    location: 'Denver, CO',
    contains: ['Brightwater Health runs nurse-led virtual clinics', 'Call patients within 48 hours'],
    absent: ['Clinical Nurse Educator', 'See less', 'Easy Apply'],
  },
  {
    file: 'indeed-search-pane.html',
    url: 'https://www.indeed.com/jobs?q=medical+coder&l=Remote&vjk=3f2a1b0c9d8e7f60',
    board: 'indeed',
    title: 'Medical Coder II',
    company: 'Lakeshore Physician Partners',
    location: 'Remote',
    starts: 'Who we are\n\nLakeshore Physician Partners is a group',
    absent: ['Coding Auditor', 'Apply now'],
  },
  {
    file: 'seek-search-pane.html',
    url: 'https://www.seek.com.au/nurse-jobs?jobId=90000001',
    board: 'seek',
    title: 'Community Nurse',
    company: 'Coastal Care Nursing',
    location: 'Geelong VIC',
    starts: 'Coastal Care Nursing visits older people',
    contains: ['\n\nAbout the role\n- Wound care', '\n\nWe are funded through home care packages'],
    absent: ['Theatre Nurse'],
  },
  {
    file: 'greenhouse-board.html',
    url: 'https://boards.greenhouse.io/meridian/jobs/4012345',
    board: 'greenhouse',
    title: 'Data Engineer',
    company: 'Meridian Renal Care',
    location: 'Nashville, TN',
    starts: 'About us\n\nMeridian Renal Care runs 60 dialysis clinics',
    absent: ['First Name', 'Submit Application'],
  },
  {
    file: 'greenhouse-job-boards.html',
    url: 'https://job-boards.greenhouse.io/tidewell/jobs/7012345',
    board: 'greenhouse',
    title: 'Product Manager, Care Navigation',
    company: 'Tidewell',
    location: 'Boston, MA, US',
    // JSON-LD gives a teaser; the page's own description is the full one.
    contains: ['per-employee-per-month fee', 'Own the roadmap'],
    absent: ['Apply for this job'],
  },
  {
    file: 'greenhouse-embed-frame.html',
    url: 'https://boards.greenhouse.io/embed/job_app?for=quillfield&token=5123456',
    board: 'greenhouse',
    title: 'Clinical Lab Scientist',
    company: 'Quillfield Diagnostics',
    location: 'Raleigh, NC',
    starts: 'Quillfield Diagnostics runs molecular tests',
  },
  {
    file: 'lever-posting.html',
    url: 'https://jobs.lever.co/sunpath/0b9f6a3e-2c4d-4e5f-8a7b-1c2d3e4f5a6b',
    board: 'lever',
    title: 'Staff Software Engineer',
    company: 'Sunpath Behavioral',
    location: 'Remote - US',
    starts: 'Sunpath Behavioral offers therapy for teenagers',
    contains: ["What you'll do\n\nDesign the matching"],
    absent: ['Apply for this job', 'Engineering\n'],
  },
  {
    file: 'ashby-posting.html',
    url: 'https://jobs.ashbyhq.com/orchard/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    board: 'ashby',
    title: 'Senior Data Scientist',
    company: 'Orchard Oncology',
    location: 'New York, NY',
    starts: 'Orchard Oncology gives community cancer clinics',
    absent: ['Apply for this Job', 'Employment Type'],
  },
  {
    file: 'workday-posting.html',
    url: 'https://greenfield.wd5.myworkdayjobs.com/en-US/External/job/Greenfield-IN/Patient-Access-Representative_R-004512',
    board: 'workday',
    title: 'Patient Access Representative',
    company: 'Greenfield Regional Health',
    starts: 'Job Summary\n\nGreenfield Regional Health is a nonprofit hospital system',
    contains: ['Verify Medicaid and commercial coverage'],
  },
  {
    file: 'wellfound-posting.html',
    url: 'https://wellfound.com/jobs/3012345-founding-engineer',
    board: 'wellfound',
    title: 'Founding Engineer',
    company: 'Kindling Health',
    location: 'San Francisco, CA, US',
    starts: 'Kindling Health builds remote monitoring',
  },
  {
    file: 'smartrecruiters-posting.html',
    url: 'https://jobs.smartrecruiters.com/AlderSpecialtyPharmacy/744000012345678-pharmacy-technician',
    board: 'smartrecruiters',
    title: 'Pharmacy Technician',
    company: 'Alder Specialty Pharmacy',
    location: 'Phoenix, AZ, United States',
    starts: 'Company Description\n\nAlder Specialty Pharmacy dispenses infusion drugs',
    contains: ['Qualifications\n\nArizona pharmacy technician licence.'],
    absent: ["I'm interested"],
  },
  {
    file: 'icims-frame.html',
    url: 'https://careers-cedarridge.icims.com/jobs/10234/respiratory-therapist/job?in_iframe=1',
    board: 'icims',
    title: 'Respiratory Therapist',
    company: 'Cedar Ridge Medical Center',
    location: 'US-WA-Spokane',
    starts: 'Overview\n\nCedar Ridge Medical Center is the only level II trauma centre',
    absent: ['Apply for this job online'],
  },
  {
    file: 'glassdoor-listing.html',
    url: 'https://www.glassdoor.com/job-listing/medical-assistant-riverbend-JV_IC1153800_KO0,17_KE18,42.htm?jl=1009000001',
    board: 'glassdoor',
    title: 'Medical Assistant',
    company: 'Riverbend Family Clinics',
    location: 'Tulsa, OK',
    starts: 'Riverbend Family Clinics is a federally qualified health center',
    absent: ['Show more', 'Easy Apply'],
  },
  {
    file: 'ziprecruiter-posting.html',
    url: 'https://www.ziprecruiter.com/c/Maple-Hearth-Home-Care/Job/Home-Health-Aide/-in-Dayton,OH?jid=abc123',
    board: 'ziprecruiter',
    title: 'Home Health Aide',
    company: 'Maple Hearth Home Care',
    location: 'Dayton, OH',
    starts: 'Maple Hearth Home Care helps older adults on Medicaid waivers',
  },
  {
    file: 'usajobs-announcement.html',
    url: 'https://www.usajobs.gov/job/800000001',
    board: 'usajobs',
    title: 'Nurse Practitioner (Primary Care)',
    company: 'Veterans Affairs, Veterans Health Administration',
    location: 'Fargo, North Dakota',
    starts: 'Summary\n\nThe Fargo VA Health Care System',
    contains: ['Duties\n\nManage a panel', 'Requirements\n\nU.S. citizenship.'],
  },
  {
    file: 'nhs-jobs-advert.html',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9123-26-0001',
    board: 'nhs-jobs',
    title: 'Band 5 Staff Nurse - Acute Medicine',
    company: 'Wexbury Hospitals NHS Foundation Trust',
    location: 'Wexbury, GB',
    starts: 'Job overview\n\nWexbury Hospitals NHS Foundation Trust is recruiting',
    contains: ['Main duties of the job\n\nAssess and plan care'],
  },
];

const NOT_POSTINGS: { file: string; url: string; board: Board }[] = [
  { file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/', board: 'linkedin' },
  {
    file: 'linkedin-search-pane.html',
    url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
    board: 'linkedin',
  },
  // The job is in Greenhouse's iframe: the frame is read, the parent page is not.
  {
    file: 'greenhouse-embed-parent.html',
    url: 'https://www.quillfield.example/careers/?gh_jid=5123456',
    board: 'greenhouse',
  },
  { file: 'lever-posting.html', url: 'https://jobs.lever.co/sunpath', board: 'lever' },
];

const load = (file: string) => readFileSync(file.startsWith('/') ? file : join(FIXTURES, file), 'utf8');

for (const dom of DOMS) {
  describe(`board adapters (${dom.name})`, () => {
    for (const c of POSTINGS) {
      it(`${c.board}: ${c.file.split('/').pop()}`, () => {
        const doc = dom.parse(load(c.file));
        const { board, posting } = readPosting(doc, c.url, {
          urlFacts,
          generic: false,
          parseHtml: dom.parseHtml,
        });
        expect(board).toBe(c.board);
        expect(posting).not.toBeNull();
        expect(posting?.board).toBe(c.board);
        expect(posting?.title).toBe(c.title);
        expect(posting?.company).toBe(c.company);
        if (c.location) expect(posting?.location).toBe(c.location);
        if (c.starts) expect(posting?.description.startsWith(c.starts)).toBe(true);
        for (const s of c.contains ?? []) expect(posting?.description).toContain(s);
        for (const s of c.absent ?? []) expect(posting?.description).not.toContain(s);
        expect(posting?.description).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/);
      });
    }
    for (const c of NOT_POSTINGS) {
      it(`not a posting: ${c.url}`, () => {
        const doc = dom.parse(load(c.file));
        const read = readPosting(doc, c.url, { urlFacts, generic: false, parseHtml: dom.parseHtml });
        expect(read).toEqual({ board: c.board, posting: null });
      });
    }
  });
}

describe('fixtures', () => {
  it('each names its source and date on its first line', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const first = load(f).split('\n')[0] ?? '';
      expect(first, f).toMatch(/^<!--.*\b20\d\d-\d\d-\d\d\b.*-->$/);
    }
  });
});
