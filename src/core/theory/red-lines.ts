// Red lines: what the user won't do for money. Each one names a business-model trait
// the analysis can detect, so the comparison can say when a posting crosses it, or a
// practice a tell shows (lexicon/tells.ts), so it can say when a posting may. Red lines
// in the user's own words are read the same way where their words allow
// (lexicon/red-line-words.ts); the rest become questions.
import type { TellId } from '../lexicon/tells.ts';
import type { BusinessTrait } from '../lexicon/tradeoffs.ts';

interface RedLineText {
  id: string;
  /** Completes "I won't work for a company that…". */
  label: string;
}
export type RedLine = RedLineText & ({ trait: BusinessTrait } | { tell: TellId });

export const RED_LINES = [
  { id: 'sells-to-payers', label: 'sells to health plans (payers)', trait: 'payer' },
  { id: 'commission-on-patients', label: 'takes a commission on patients', trait: 'commission-marketplace' },
  { id: 'pharma-funded', label: 'is paid by drug or device makers', trait: 'pharma' },
  { id: 'patients-pay-cash', label: 'makes patients pay out of pocket', trait: 'patient' },
  { id: 'paid-per-volume', label: 'is paid per visit or procedure', trait: 'fee-for-service' },
  { id: 'paid-to-spend-less', label: 'is paid to keep total spending down', trait: 'value-based' },
  { id: 'fixed-fee-per-member', label: 'is paid a fixed fee per member', trait: 'capitation-pmpm' },
  { id: 'sells-product-units', label: 'earns by selling more units of a product', trait: 'product-sales' },
  {
    id: 'software-middleman',
    label: 'is a software middleman between payers and providers',
    trait: 'software-middleman',
  },
  { id: 'payer-unknown', label: "won't say who pays it", trait: 'payer-unknown' },
  { id: 'denies-care', label: 'delays or denies care to hold costs down', tell: 'utilization-management' },
] as const satisfies readonly RedLine[];

export type RedLineId = (typeof RED_LINES)[number]['id'];
export const RED_LINE_IDS = RED_LINES.map((r) => r.id) as [RedLineId, ...RedLineId[]];

export function redLineById(id: string): RedLine | undefined {
  return RED_LINES.find((r) => r.id === id);
}
