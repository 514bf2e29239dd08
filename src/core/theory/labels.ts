// Plain names for the contract's keys, as a person reads them in the popup and the
// theory editor.
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

export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
