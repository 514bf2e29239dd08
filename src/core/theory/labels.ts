// Plain names for the contract's keys, as a person reads them in the popup and the
// theory editor.
import { wordedFor } from '../lexicon/worded-for.ts';
import type { Customer, RevenueModel, Theme } from '../types.ts';

export const THEME_NAMES: Readonly<Record<Theme, string>> = {
  transform: 'Changing how healthcare works',
  access: 'Access to care',
  equity: 'Health equity',
  sdoh: 'Social needs (food, housing, transport)',
  'value-based-care': 'Value-based care',
  affordability: 'Lower costs',
  outcomes: 'Better health outcomes',
  'patient-experience': 'Patient experience',
  'care-at-home': 'Care at home',
  prevention: 'Prevention and screening',
  'tech-ai': 'Technology and AI',
  'mission-culture': 'Mission-driven culture',
  other: 'Other mission claims',
};

/** As the subject of "who pays": "Paid by health plans". */
export const CUSTOMER_NAMES: Readonly<Record<Customer, string>> = {
  payer: 'health plans',
  provider: 'hospitals and clinicians',
  employer: 'employers',
  patient: 'patients themselves',
  pharma: 'drug and device makers',
  government: 'government programs',
};

export const REVENUE_NAMES: Readonly<Record<RevenueModel, string>> = {
  'fee-for-service': 'paid per visit or procedure',
  'value-based': 'paid for keeping total costs down',
  'capitation-pmpm': 'a fixed fee per member each month',
  'subscription-saas': 'software subscriptions',
  'commission-marketplace': 'a cut of each match or sale',
  'product-sales': 'selling a product (drugs, devices)',
  'public-funding': 'grants and public budgets',
};

/** The names that change for an employer outside healthcare: it has customers, not patients. */
const OUTSIDE_HEALTHCARE: Readonly<Partial<Record<Customer | RevenueModel, string>>> = {
  patient: 'customers directly',
  provider: 'other businesses',
  'fee-for-service': 'paid per job or service',
  'capitation-pmpm': 'a fixed fee per person enrolled',
  'product-sales': 'selling a product',
};

/** Who pays, named for the employer the posting is from (`healthcare`: its verdict). */
export const customerName = wordedFor(CUSTOMER_NAMES, OUTSIDE_HEALTHCARE);

/** How it is paid, named for the employer the posting is from. */
export const revenueName = wordedFor(REVENUE_NAMES, OUTSIDE_HEALTHCARE);

export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
