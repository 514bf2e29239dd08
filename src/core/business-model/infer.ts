// Who pays the employer and how, read only from what the posting states. Silence
// leaves the lists empty, and the questions then ask.

import type { BinaryModel } from '../claims/learned/linear.ts';
import { type Sentence, segmentDescription } from '../claims/segment.ts';
import { knownEmployer } from '../classify/known-employer.ts';
import {
  CONTEXT_WINDOW,
  DUTY_OPENING,
  MODEL_RULES,
  NOT_ABOUT_THE_BUSINESS,
  PUBLIC_EMPLOYER,
  SELLING_CONTEXT,
  STAKEHOLDER_NOUNS,
} from '../lexicon/business-model.ts';
import {
  type BusinessModel,
  CUSTOMERS,
  type Customer,
  type HealthcareVerdict,
  type Posting,
  REVENUE_MODELS,
  type RevenueModel,
} from '../types.ts';
import { inferred } from './inferred.ts';
import {
  type BusinessModels,
  businessFeatures,
  NOT_THE_BUSINESS,
  predicted,
  strongestSentence,
} from './learned.ts';
import { readPaymentStatement } from './payment-statements.ts';
import { BUSINESS_LEARNED } from './weights.generated.ts';

export const DEFAULT_BUSINESS_MODELS: BusinessModels = BUSINESS_LEARNED;

const MAX_EVIDENCE = 6;
const EVIDENCE_CHARS = 160;
const MAX_TEXT = 200_000;

/** A short quote around a match, cut at word boundaries. */
function quote(sentence: string, index: number): string {
  const s = sentence.trim();
  if (s.length <= EVIDENCE_CHARS) return s;
  const from = Math.max(0, Math.min(index - 50, s.length - EVIDENCE_CHARS));
  let piece = s.slice(from, from + EVIDENCE_CHARS);
  if (from > 0) piece = `…${piece.replace(/^\S*\s/, '')}`;
  if (from + EVIDENCE_CHARS < s.length) piece = `${piece.replace(/\s\S*$/, '')}…`;
  return piece;
}

function textsOf(sentences: readonly Sentence[]): string[] {
  return sentences.map((s) => s.text).filter((s) => s.length > 15);
}

const sentencesOf = (text: string) => textsOf(segmentDescription(text.slice(0, MAX_TEXT)));

/**
 * Who pays and how: what the posting states (the rules below), and what the learned
 * models add (learned.ts), each inferred label with the sentence that speaks most for it.
 * `descriptionSentences` are the description's, when the caller has already segmented it.
 */
export function inferBusinessModel(
  posting: Posting,
  healthcare: HealthcareVerdict,
  descriptionSentences?: readonly Sentence[],
  models: BusinessModels | null = DEFAULT_BUSINESS_MODELS,
): BusinessModel {
  const sentences = descriptionSentences ?? segmentDescription(posting.description.slice(0, MAX_TEXT));
  const stated = readStatedModel(posting, sentences);
  if (!models) return stated;
  const features = businessFeatures(posting, healthcare, sentences, stated);
  const evidence = [...stated.evidence];
  const infer = <K extends string>(
    keys: readonly K[],
    table: Readonly<Record<K, BinaryModel>>,
    have: readonly K[],
  ) => {
    const out = new Set(have);
    for (const k of predicted(table, keys, features)) {
      if (out.has(k)) continue;
      out.add(k);
      const why = strongestSentence(table[k], sentences);
      if (why && evidence.length < MAX_EVIDENCE) evidence.push(inferred(quote(why, 0)));
    }
    return keys.filter((k) => out.has(k));
  };
  let customers = infer(CUSTOMERS, models.customers, stated.customers);
  const known = knownEmployer(posting.company);
  const unsaid = known?.customers.filter((c) => !customers.includes(c)) ?? [];
  if (known && unsaid.length > 0) {
    // What the company plainly is (a hospital-software vendor, a research organisation).
    if (evidence.length < MAX_EVIDENCE) evidence.push(inferred(`${known.name}, a known employer`));
    customers = CUSTOMERS.filter((c) => customers.includes(c) || unsaid.includes(c));
  }
  let revenue = infer(REVENUE_MODELS, models.revenue, stated.revenue);
  if (sellsProducts(healthcare, customers, revenue)) {
    // The evidence is what makes it a maker: the words of its healthcare verdict.
    const why = healthcare.evidence.slice(0, 3).join(', ');
    if (why && evidence.length < MAX_EVIDENCE) evidence.push(inferred(why));
    revenue = REVENUE_MODELS.filter((r) => r === 'product-sales' || revenue.includes(r));
  }
  return { customers, revenue, evidence };
}

/**
 * The labels' own rule (../shared/corpus/README.md): a drug or device maker is paid for
 * its products, whether or not the posting says so. Not one whose customers are drug
 * makers: a research organisation or a data firm sells them services.
 */
function sellsProducts(
  healthcare: HealthcareVerdict,
  customers: readonly Customer[],
  revenue: readonly RevenueModel[],
): boolean {
  return (
    healthcare.is &&
    (healthcare.segment === 'pharma' || healthcare.segment === 'medtech') &&
    !customers.includes('pharma') &&
    !revenue.includes('product-sales')
  );
}

/** Whether the employer says, in a sentence about its business, that health plans pay it. */
export function paidByHealthPlans(sentences: readonly Sentence[]): boolean {
  return sentences.some(
    (s) =>
      !NOT_THE_BUSINESS.has(s.section) && readPaymentStatement(s.text)?.payers.includes('payer') === true,
  );
}

/** What the posting states about who pays it and how, by the rules of lexicon/business-model.ts. */
export function readStatedModel(posting: Posting, descriptionSentences: readonly Sentence[]): BusinessModel {
  const customers = new Set<Customer>();
  const revenue = new Set<RevenueModel>();
  const evidence: string[] = [];
  const addEvidence = (text: string) => {
    if (evidence.length < MAX_EVIDENCE && !evidence.includes(text)) evidence.push(text);
  };

  if (posting.company && PUBLIC_EMPLOYER.test(posting.company)) {
    customers.add('government');
    revenue.add('public-funding');
    addEvidence(posting.company);
  }

  const sentences = [...sentencesOf(posting.employerDescription ?? ''), ...textsOf(descriptionSentences)];
  for (const sentence of sentences) {
    if (NOT_ABOUT_THE_BUSINESS.test(sentence) || DUTY_OPENING.test(sentence)) continue;
    for (const rule of MODEL_RULES) {
      const m = rule.pattern.exec(sentence);
      if (!m || rule.unless?.test(sentence)) continue;
      for (const c of rule.customers) customers.add(c);
      for (const r of rule.revenue) revenue.add(r);
      addEvidence(quote(sentence, m.index));
    }
    for (const ctx of sentence.matchAll(SELLING_CONTEXT)) {
      const window = sentence.slice(ctx.index, ctx.index + CONTEXT_WINDOW);
      let found = false;
      for (const noun of STAKEHOLDER_NOUNS) {
        if (!noun.pattern.test(window)) continue;
        customers.add(noun.customer);
        found = true;
      }
      if (found) addEvidence(quote(sentence, ctx.index));
    }
  }
  for (const sentence of descriptionSentences) {
    // Not NOT_ABOUT_THE_BUSINESS here: "pays us … for dental care" is still a payment.
    if (NOT_THE_BUSINESS.has(sentence.section)) continue;
    const stated = readPaymentStatement(sentence.text);
    if (!stated) continue;
    for (const c of stated.payers) customers.add(c);
    for (const r of stated.units) revenue.add(r);
    addEvidence(quote(sentence.text, 0));
  }
  // Contract order, so the output is stable whatever order the text names them in.
  return {
    customers: CUSTOMERS.filter((c) => customers.has(c)),
    revenue: REVENUE_MODELS.filter((r) => revenue.has(r)),
    evidence,
  };
}
