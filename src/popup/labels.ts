import type { Board, Segment } from '../core/types.ts';

export const SEGMENT_NAMES: Record<Segment, string> = {
  payer: 'payer or health plan',
  provider: 'care provider',
  'digital-health': 'digital health',
  pharma: 'pharma or life sciences',
  medtech: 'medical technology',
  'health-it': 'health IT',
  'health-services': 'healthcare services',
  'public-health': 'public health',
  'non-healthcare': 'not healthcare',
  unclear: 'unclear',
};

export const BOARD_NAMES: Record<Board, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  wellfound: 'Wellfound',
  smartrecruiters: 'SmartRecruiters',
  icims: 'iCIMS',
  glassdoor: 'Glassdoor',
  ziprecruiter: 'ZipRecruiter',
  usajobs: 'USAJOBS',
  'nhs-jobs': 'NHS Jobs',
  seek: 'SEEK',
  'career-site': "the company's own site",
  unknown: 'an unknown site',
};
