// Where to go once the theory is saved: a posting to hold up against it. The demo
// build's posting is served at its board address by `npm start` (demo/catalog.json);
// the store builds send the user to the boards' own healthcare searches, pages the
// content script reads (checked in test/unit/options/next-steps.test.ts).
export const DEMO_POSTING = {
  url: 'https://boards.greenhouse.io/juniperoakprimarycare/jobs/7100001',
  title: 'Nurse Practitioner, Senior Primary Care',
  company: 'Juniper Oak Primary Care',
} as const;

export const JOB_BOARDS = [
  { name: 'LinkedIn', url: 'https://www.linkedin.com/jobs/search/?keywords=healthcare' },
  { name: 'Indeed', url: 'https://www.indeed.com/jobs?q=healthcare' },
] as const;
