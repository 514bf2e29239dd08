// The shapes the analysis core produces. The field names of `Analysis` follow
// ../shared/analysis-contract.md exactly: that contract is public, so fields may be
// added but never renamed or removed.

export const BOARDS = [
  'linkedin',
  'indeed',
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'wellfound',
  'smartrecruiters',
  'icims',
  'glassdoor',
  'ziprecruiter',
  'usajobs',
  'nhs-jobs',
  'seek',
  'career-site',
  'unknown',
] as const;
export type Board = (typeof BOARDS)[number];

export const SEGMENTS = [
  'payer',
  'provider',
  'digital-health',
  'pharma',
  'medtech',
  'health-it',
  'health-services',
  'public-health',
  'non-healthcare',
  'unclear',
] as const;
export type Segment = (typeof SEGMENTS)[number];

export const THEMES = [
  'transform',
  'access',
  'equity',
  'sdoh',
  'value-based-care',
  'affordability',
  'outcomes',
  'patient-experience',
  'care-at-home',
  'prevention',
  'tech-ai',
  'mission-culture',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

export const CUSTOMERS = ['payer', 'provider', 'employer', 'patient', 'pharma', 'government'] as const;
export type Customer = (typeof CUSTOMERS)[number];

export const REVENUE_MODELS = [
  'fee-for-service',
  'value-based',
  'capitation-pmpm',
  'subscription-saas',
  'commission-marketplace',
  'product-sales',
  'public-funding',
] as const;
export type RevenueModel = (typeof REVENUE_MODELS)[number];

/** Where the posting's fields were read from, best first. */
export type PostingSource = 'json-ld' | 'adapter' | 'generic' | 'text';

/** One job posting as read from a page or a text file, before any judgement. */
export interface Posting {
  title: string | null;
  company: string | null;
  location: string | null;
  /** Clean text: paragraphs separated by a blank line, list items by a newline. */
  description: string;
  board: Board;
  url: string | null;
  source: PostingSource;
  /** Signals the employer gives about itself (JSON-LD `industry`, `occupationalCategory`, an "about us" text). */
  industry: string | null;
  occupationalCategory: string | null;
  employerDescription: string | null;
}

export interface HealthcareVerdict {
  is: boolean;
  segment: Segment;
  confidence: number;
  evidence: string[];
}

export type Specificity = 'vague' | 'specific';

export interface Claim {
  text: string;
  theme: Theme;
  specificity: Specificity;
  reasons: string[];
  tradeoffs: string[];
  questions: string[];
  /** Offsets of `text` in `Posting.description`, so the page can be highlighted. */
  start: number;
  end: number;
  /** What the claim names: a population, a mechanism, a measured result, who pays. */
  names: { who: boolean; how: boolean; howMuch: boolean; payer: boolean };
}

export interface BusinessModel {
  customers: Customer[];
  revenue: RevenueModel[];
  evidence: string[];
}

/** A sentence that bears on a business-model tradeoff (lexicon/tells.ts), with what to weigh and ask. */
export interface FoundTell {
  id: string;
  label: string;
  text: string;
  start: number;
  end: number;
  tradeoff: string;
  question: string;
}

export interface Analysis {
  isJobPosting: boolean;
  title: string | null;
  company: string | null;
  board: Board;
  healthcare: HealthcareVerdict;
  claims: Claim[];
  businessModel: BusinessModel;
  questions: string[];
  /** Added to the contract's fields: the tells the posting lets slip. */
  tells?: FoundTell[];
}
