// Reads the sentences in which the employer says who pays it and for what: the payer
// from the words naming them, the unit (per member per month, per episode, a
// subscription…) from the rest of the clause. Only the employer's statements about its
// own business count: sentences in the job, perks and legal sections are not read.
import {
  NEGATED_PAYMENT,
  PAYER_WORDS,
  PAYMENT_CLAUSES,
  PAYMENT_VERB,
  UNIT_WORDS,
} from '../lexicon/payment-statements.ts';
import type { Customer, RevenueModel } from '../types.ts';

export interface PaymentStatement {
  sentence: string;
  payers: Customer[];
  units: RevenueModel[];
}

/** Who the words name: each phrase joined by "and" or a comma is read on its own. */
function payersIn(words: string): Customer[] {
  const out = new Set<Customer>();
  for (const phrase of words.split(/,|\band\b|\bor\b|&/)) {
    const hit = PAYER_WORDS.find((p) => p.pattern.test(phrase));
    if (hit) out.add(hit.customer);
  }
  return [...out];
}

const unitsIn = (rest: string) => UNIT_WORDS.filter((u) => u.pattern.test(rest)).map((u) => u.revenue);

export function readPaymentStatement(sentence: string): PaymentStatement | null {
  if (!PAYMENT_VERB.test(sentence)) return null;
  const payers = new Set<Customer>();
  const units = new Set<RevenueModel>();
  // Clauses: a payment stated after a semicolon or ", and" is a statement of its own.
  for (const clause of sentence.split(
    /;|,? and (?=(?:we|they|hospitals|clinics|employers|patients|[a-z]+ also)\b)/i,
  )) {
    for (const pattern of PAYMENT_CLAUSES) {
      const m = pattern.exec(clause);
      if (!m?.groups) continue;
      if (NEGATED_PAYMENT.test(clause)) continue;
      for (const c of payersIn(m.groups.payer ?? '')) payers.add(c);
      for (const u of unitsIn(`${m[0]}`)) units.add(u);
    }
  }
  if (payers.size === 0 && units.size === 0) return null;
  return { sentence, payers: [...payers], units: [...units] };
}
