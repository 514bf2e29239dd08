// How a posting says who pays the company, and for what unit: "X pay(s) us …", "we
// bill X for …", "X can buy it", "paid by X". The payer is read from the words naming
// X, the unit from the rest of the clause. Typed data; the reader is
// business-model/payment-statements.ts.
import type { Customer, RevenueModel } from '../types.ts';

/** A clause that states a payment, with the payer's words in `payer` and the terms after it in `rest`. */
export const PAYMENT_CLAUSES: readonly RegExp[] = [
  // "The Ohio Department of Medicaid pays us a fixed monthly amount…", "…health plans, which pay us…"
  /(?<payer>[^,;:]{2,140}?)(?:,? which| that| who)? (?:also |directly |each )?(?:pays?|paid) us\b(?<rest>[^;]*)/i,
  // "we bill Medicare and commercial insurers for the monitoring service"
  /\bwe (?:bill|invoice|charge) (?<payer>[^;]{2,120}?) (?:for|per|a|an)\b(?<rest>[^;]*)/i,
  // "hospitals and large practices can also buy it under contract"
  /(?<payer>[^,;:]{2,100}?) (?:can |may )?(?:also )?(?:buys?|purchases?) (?:it|them|our [\w-]+|the [\w-]+)\b(?<rest>[^;]*)/i,
  // "we are paid by the state", "funded by"
  /\b(?:we are|we(?:'|’)re|is|are) (?:paid|funded|reimbursed) by (?<payer>[^,;.]{2,100})(?<rest>[^;]*)/i,
  // A practice's "we accept most major insurance", "takes both insurance and private pay
  // clients": the plans named pay it, and self-pay patients do.
  /\b(?:accepts?|accepting|takes?) (?<payer>(?:(?:almost|nearly|both|most|all|many|several|every|major|private|commercial|traditional|state|local|area) ){0,4}(?:insurance|insurers|health plans|medicare|medicaid|medi-cal)\b(?:(?:,| and| or|,? as well as) (?:[\w-]+ ){0,3}?(?:insurance|plans|medicare|medicaid|medi-cal|(?:private|self|cash)[- ]pay(?: clients| patients)?)\b)*)(?<rest>)/i,
];

/**
 * A word every one of the clauses above holds. A sentence without one states no payment,
 * and is turned away before the clauses, whose open start ("[^,;:]{2,140}?" tried at
 * every position) made them the analysis's slowest patterns.
 */
export const PAYMENT_VERB =
  /\b(?:pays?|paid|bill|invoice|charge|buys?|purchases?|funded|reimbursed|(?:accept(?:s|ing)?|takes?) (?:(?:almost|nearly|both|most|all|many|several|every|major|private|commercial|traditional|state|local|area) ){0,4}(?:insurance|insurers|health plans|medicare|medicaid|medi-cal))\b/i;

/** Words in the clause that undo it: "because we are not paid per visit". */
export const NEGATED_PAYMENT =
  /\b(?:not|never|no longer) (?:paid|billed|charged)\b|\bdon(?:'|’)t (?:bill|charge)\b/i;

export interface PayerWords {
  customer: Customer;
  pattern: RegExp;
}

/** Who the payer's words name. Order matters: the first that matches a phrase wins it. */
export const PAYER_WORDS: readonly PayerWords[] = [
  {
    customer: 'payer',
    pattern:
      /\b(?:(?:medicare advantage|medicaid managed care|managed care|commercial|private)? ?(?:health )?plans?|insurers?|pay[eo]rs?|insurance(?: companies| carriers)?|HMOs?|MCOs)\b/i,
  },
  {
    customer: 'government',
    pattern:
      /\b(?:department of|ministry of|state|states|county|counties|city|municipalit\w+|(?:school )?districts?|medicare|medicaid|the va\b|cms\b|government\w*|public agenc\w+|federal)\b/i,
  },
  { customer: 'employer', pattern: /\bemployers?\b|\bcompanies\b(?= offer)/i },
  {
    customer: 'provider',
    pattern:
      /\b(?:hospitals?|health systems?|clinics?|practices|physicians|provider groups|providers|partner hospitals)\b/i,
  },
  {
    customer: 'pharma',
    pattern:
      /\b(?:pharmaceutical|biotech\w*|life sciences?|drug) (?:companies|makers|sponsors)\b|\bsponsors\b/i,
  },
  {
    customer: 'patient',
    pattern:
      /\b(?:patients|members|families|parents|individuals|consumers|customers|pet owners|homeowners|owners|people)\b|\bout[- ]of[- ]pocket\b|\b(?:private|self|cash)[- ]pay\b/i,
  },
];

export interface UnitWords {
  revenue: RevenueModel;
  pattern: RegExp;
}

/** What the payment is for, read in the clause after the payer. */
export const UNIT_WORDS: readonly UnitWords[] = [
  {
    revenue: 'capitation-pmpm',
    pattern:
      /\bper[- ]member[- ]per[- ]month\b|\bpmpm\b|\bper[- ]employee[- ]per[- ]month\b|\bpepm\b|\b(?:for|per) each (?:member|enrollee)\b|\bper (?:member|enrollee|enrolled (?:student|member|person|child))\b|\bfixed (?:monthly )?(?:amount|fee|payment)\b|\bcapitat\w+\b/i,
  },
  {
    revenue: 'value-based',
    pattern:
      /\bbonus(?:es)? (?:when|if|for|tied)\b|\bshared savings\b|\bresponsible for the total cost\b|\b(?:at|take|takes|share) (?:financial )?risk\b|\btied to (?:outcomes|results|quality)\b/i,
  },
  {
    revenue: 'subscription-saas',
    pattern:
      /\bsubscriptions?\b|\blicen[cs](?:e|ing) fees?\b|\bper (?:seat|user|licensed [\w-]+)\b|\bannual licen[cs]e\b/i,
  },
  {
    revenue: 'commission-marketplace',
    pattern:
      /\bfee on (?:each |every |the )?(?:[\w-]+ ){0,3}(?:payments?|transactions?|bookings?|sales?)\b|\bcommissions?\b|\breferral fees?\b|\bplacement fees?\b/i,
  },
  {
    revenue: 'fee-for-service',
    pattern:
      /\b(?:for|per) (?:each |every )?(?:[\w-]+ ){0,2}(?:visit|episode|test|procedure|service|session|project|scan|study|stay|appointment)s?\b|\bfor the (?:[\w-]+ ){0,2}(?:service|care|test)\b|\bdirectly for the care\b|\bfee[- ]for[- ]service\b/i,
  },
  {
    revenue: 'product-sales',
    pattern: /\b(?:buy|buys|purchase|purchases) (?:it|them|our [\w-]+|the [\w-]+)\b/i,
  },
  { revenue: 'public-funding', pattern: /\bgrants?\b|\bpublic funds?\b|\bappropriations?\b/i },
];
