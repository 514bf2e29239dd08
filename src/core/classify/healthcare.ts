// Is the EMPLOYER a healthcare organization, and which kind? An explainable weighted sum of
// evidence, in log-odds: the employer's own structured data, its name, the job title, and the
// vocabulary of the description, with benefits/EEO boilerplate ignored and the employer's
// sentences about itself weighed more than the duties. Each term counts once (repeats add a
// small capped bonus), so no single word decides; the evidence shown is what tipped it.
import { HEALTHCARE_INDUSTRIES } from '../lexicon/healthcare-industries.ts';
import { HEALTHCARE_NAME_WORDS } from '../lexicon/healthcare-names.ts';
import { NON_HEALTHCARE_VOCABULARY } from '../lexicon/healthcare-negatives.ts';
import { HEALTHCARE_SEGMENT_CUES } from '../lexicon/healthcare-segment-cues.ts';
import type { EvidenceSegment, HealthcareTerm } from '../lexicon/healthcare-term.ts';
import { HEALTHCARE_TITLE_WORDS } from '../lexicon/healthcare-titles.ts';
import { HEALTHCARE_VOCABULARY } from '../lexicon/healthcare-vocabulary.ts';
import type { HealthcareVerdict, Posting, Segment } from '../types.ts';
import { type KnownEmployer, knownEmployer } from './known-employer.ts';
import { type SentenceContext, sentenceAt, splitSentences } from './sentence-context.ts';
import { compileTerms, type TermMatcher } from './term-matcher.ts';

const DESCRIPTION_TERMS = compileTerms([...HEALTHCARE_VOCABULARY, ...NON_HEALTHCARE_VOCABULARY]);
const NAME_TERMS = compileTerms(HEALTHCARE_NAME_WORDS);
const TITLE_TERMS = compileTerms(HEALTHCARE_TITLE_WORDS);
const INDUSTRY_TERMS = compileTerms(HEALTHCARE_INDUSTRIES);
const SEGMENT_CUES = compileTerms(HEALTHCARE_SEGMENT_CUES);

/** Prior log-odds: with no evidence at all, an employer is not healthcare. */
const BIAS = -2;
const CONTEXT_WEIGHT: Record<SentenceContext, number> = {
  boilerplate: 0,
  aside: 0.5,
  plain: 1,
  self: 1.4,
  identity: 3,
};
/** The employer's own description (JSON-LD or an adapter's "about" block) speaks for it most. */
const EMPLOYER_TEXT_WEIGHT = 1.5;
const REPEAT_BONUS = 0.2;
const MAX_REPEATS_COUNTED = 3;
const MAX_EVIDENCE = 6;
/**
 * How much evidence counts towards the segment. Cues only choose between segments; a title
 * says what the job is, not what the employer is (a nurse at a health plan); a name says
 * what the employer is more than its duties do (a fertility clinic whose posting is about
 * its EMR).
 */
const SEGMENT_FACTOR: Record<Source, number> = {
  industry: 1,
  name: 1.5,
  known: 1,
  text: 1,
  title: 0.5,
  cue: 0.5,
};
/**
 * The most that health words in the job's duties can add when nothing else (the employer's
 * words about itself, its name, the title, its industry) speaks for healthcare: a data job at a
 * research firm or a consultancy can be all about Medicare claims while the employer is not.
 */
const DUTIES_CAP = 4;
/**
 * A known employer (known-employer.ts) is what it is, whatever its posting talks about:
 * this outweighs any posting's vocabulary (a name word weighs at most 3, a term at most 5).
 */
const KNOWN_EMPLOYER_WEIGHT = 12;
/**
 * A staffing or recruiting firm's posting mostly describes its client (the corpus's rule:
 * such a firm is healthcare when it places clinicians, and sentences about a client are
 * not the employer's). Its description's words then count for this much; its name, the
 * title (a nurse's job) and its industry count in full.
 */
const RECRUITER_TEXT_FACTOR = 0.2;
const RECRUITER_NAME = /\b(?:staffing|recruit\w*|talent|personnel|placements?|search partners)\b/i;
const SERVICES_FIRM_NAME = /\b(?:consult\w*|locums?|associates|advisors|advisory|management)\b/i;
const RECRUITER_SAYS =
  /\b(?:on behalf of (?:our|a) client|our client(?:,| is| has)|(?:we are|we're) (?:a|an) (?:\w+ ){0,3}(?:staffing|recruit(?:ing|ment)) (?:agency|firm|company|partner))\b/i;
/** Words just before a care provider that make it whom the employer serves ("software for hospitals"). */
const SERVES_BEFORE =
  /\b(?:for|to|by|serv(?:e|es|ing)|help(?:s|ing)?|empower(?:s|ing)?|enabl(?:e|es|ing)|support(?:s|ing)?|partner(?:s|ing)? with)\s+(?:(?!our\b|its\b)[\w'’-]+,?\s+){0,4}$/i;
// Page content is hostile and unbounded; the vocabulary of a posting is in its first pages.
const MAX_SCAN_CHARS = 60_000;
const MAX_FIELD_CHARS = 2_000;

type Source = 'industry' | 'name' | 'known' | 'title' | 'text' | 'cue';

interface Evidence {
  source: Source;
  term: HealthcareTerm;
  text: string;
  /** The best context multiplier seen for this term. */
  multiplier: number;
  count: number;
  /** Every mention names whom the employer serves ("tools for hospitals"), not what it is. */
  customerOnly: boolean;
}

class EvidenceTally {
  readonly items = new Map<string, Evidence>();

  add(
    source: Source,
    index: number,
    term: HealthcareTerm,
    text: string,
    multiplier: number,
    customer = false,
  ): void {
    if (multiplier <= 0) return;
    const key = `${source}:${index}`;
    const seen = this.items.get(key);
    if (!seen) {
      this.items.set(key, { source, term, text: tidy(text), multiplier, count: 1, customerOnly: customer });
      return;
    }
    seen.count++;
    seen.customerOnly &&= customer;
    if (multiplier > seen.multiplier) {
      seen.multiplier = multiplier;
      seen.text = tidy(text);
    }
  }

  scanField(source: Source, matcher: TermMatcher, value: string | null): void {
    if (!value) return;
    for (const hit of matcher.scan(value.slice(0, MAX_FIELD_CHARS))) {
      const term = matcher.terms[hit.term];
      if (term) this.add(source, hit.term, term, hit.text, 1);
    }
  }
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function contribution(e: Evidence): number {
  return e.term.weight * e.multiplier * (1 + REPEAT_BONUS * Math.min(e.count - 1, MAX_REPEATS_COUNTED));
}

function scanText(tally: EvidenceTally, text: string, company: string | null, employerText: boolean): void {
  const sentences = splitSentences(text, company);
  const weightOf = (offset: number): number => {
    const context = sentenceAt(sentences, offset)?.context ?? 'boilerplate';
    if (context === 'boilerplate') return 0;
    return employerText ? EMPLOYER_TEXT_WEIGHT : CONTEXT_WEIGHT[context];
  };
  for (const hit of DESCRIPTION_TERMS.scan(text)) {
    const term = DESCRIPTION_TERMS.terms[hit.term];
    if (term)
      tally.add(
        'text',
        hit.term,
        term,
        hit.text,
        weightOf(hit.start),
        term.segment === 'provider' && SERVES_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)),
      );
  }
  for (const hit of SEGMENT_CUES.scan(text)) {
    const term = SEGMENT_CUES.terms[hit.term];
    const weight = weightOf(hit.start);
    if (term && weight > CONTEXT_WEIGHT.plain) tally.add('cue', hit.term, term, hit.text, weight);
  }
}

function scanDescription(tally: EvidenceTally, posting: Posting): void {
  scanText(tally, posting.description.slice(0, MAX_SCAN_CHARS), posting.company, false);
  const about = posting.employerDescription?.slice(0, MAX_SCAN_CHARS);
  if (about) scanText(tally, about, posting.company, true);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round2 = (x: number) => Math.round(x * 100) / 100;

interface Scored {
  e: Evidence;
  c: number;
}

function strongestSegment(scored: readonly Scored[], notA?: Segment): Segment {
  const totals = new Map<EvidenceSegment, number>();
  for (const { e, c } of scored) {
    const segment = e.term.segment;
    if (c <= 0 || segment === null || segment === 'non-healthcare' || segment === notA || e.customerOnly)
      continue;
    totals.set(segment, (totals.get(segment) ?? 0) + c * SEGMENT_FACTOR[e.source]);
  }
  let best: Segment = 'unclear';
  let bestTotal = 0;
  for (const [segment, total] of totals) {
    if (total > bestTotal) {
      best = segment;
      bestTotal = total;
    }
  }
  return best;
}

function knownEvidence(known: KnownEmployer, company: string): Scored {
  const weight = known.segment === 'non-healthcare' ? -KNOWN_EMPLOYER_WEIGHT : KNOWN_EMPLOYER_WEIGHT;
  const term: HealthcareTerm = { label: known.name, patterns: [], weight, segment: known.segment };
  // Bounded: the name comes from the page, and evidence is at most 200 characters (analysis-schema.ts).
  const text = `${tidy(company).slice(0, 120)} (a known employer)`;
  return { e: { source: 'known', term, text, multiplier: 1, count: 1, customerOnly: false }, c: weight };
}

/** A known employer's own segment, unless it is the one the employer is known not to be. */
function segmentOf(known: KnownEmployer | null, scored: readonly Scored[], notA?: Segment): Segment {
  if (known && known.segment !== 'non-healthcare' && known.segment !== notA) return known.segment;
  return strongestSegment(scored, notA);
}

/** `scored` decides whether the employer is healthcare; `cues` only help choose the segment. */
function collectEvidence(posting: Posting): {
  scored: Scored[];
  cues: Scored[];
  known: KnownEmployer | null;
  /** A staffing firm or consultancy: one that sells services to care, not care itself. */
  servicesFirm: boolean;
} {
  const tally = new EvidenceTally();
  tally.scanField('industry', INDUSTRY_TERMS, posting.industry);
  tally.scanField('industry', INDUSTRY_TERMS, posting.occupationalCategory);
  tally.scanField('name', NAME_TERMS, posting.company);
  tally.scanField('title', TITLE_TERMS, posting.title);
  scanDescription(tally, posting);
  const recruiter =
    RECRUITER_NAME.test(posting.company ?? '') ||
    RECRUITER_SAYS.test(posting.description.slice(0, MAX_SCAN_CHARS));
  const all = [...tally.items.values()].map((e) => ({
    e,
    c: contribution(e) * (recruiter && e.source === 'text' ? RECRUITER_TEXT_FACTOR : 1),
  }));
  const known = knownEmployer(posting.company);
  const scored = capDuties(all.filter(({ e }) => e.source !== 'cue'));
  if (known && posting.company) scored.push(knownEvidence(known, posting.company));
  const servicesFirm = recruiter || SERVICES_FIRM_NAME.test(posting.company ?? '');
  return { scored, cues: all.filter(({ e }) => e.source === 'cue'), known, servicesFirm };
}

function capDuties(scored: Scored[]): Scored[] {
  const isDuty = (e: Evidence) => e.source === 'text' && e.multiplier <= CONTEXT_WEIGHT.plain;
  if (scored.some(({ e, c }) => c > 0 && !isDuty(e))) return scored;
  const duties = scored.filter(({ e, c }) => c > 0 && isDuty(e));
  const dutiesTotal = duties.reduce((sum, { c }) => sum + c, 0);
  if (dutiesTotal > DUTIES_CAP) for (const d of duties) d.c *= DUTIES_CAP / dutiesTotal;
  return scored;
}

export interface ClassifyOptions {
  /** A segment the employer is known not to be (a company health plans pay is no plan). */
  notA?: Segment;
}

export function classifyHealthcare(posting: Posting, options: ClassifyOptions = {}): HealthcareVerdict {
  const { scored, cues, known, servicesFirm } = collectEvidence(posting);
  if (scored.length === 0 && !posting.description.trim()) {
    return { is: false, segment: 'unclear', confidence: 0, evidence: [] };
  }
  const score = scored.reduce((sum, { c }) => sum + c, BIAS);
  const is = score > 0;
  // Confidence in the verdict given, whichever way it went.
  const confidence = round2(is ? sigmoid(score) : 1 - sigmoid(score));

  const supporting = scored
    .filter(({ c }) => (is ? c > 0 : c < 0))
    .sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  const evidence: string[] = [];
  const seen = new Set<string>();
  for (const { e } of supporting) {
    const key = e.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(e.text);
    if (evidence.length === MAX_EVIDENCE) break;
  }
  return {
    is,
    segment: !is
      ? 'non-healthcare'
      : servicesFirm && !known
        ? 'health-services'
        : segmentOf(known, [...scored, ...cues], options.notA),
    confidence,
    evidence,
  };
}

/** Every piece of evidence and its weight, for the eval script and for tuning by hand. */
export function explainHealthcare(posting: Posting): {
  score: number;
  items: { text: string; weight: number; segment: EvidenceSegment | null }[];
  cues: { text: string; weight: number; segment: EvidenceSegment | null }[];
} {
  const { scored, cues } = collectEvidence(posting);
  const item = ({ e, c }: Scored) => ({ text: e.text, weight: round2(c), segment: e.term.segment });
  return {
    score: round2(scored.reduce((sum, { c }) => sum + c, BIAS)),
    items: scored.map(item),
    cues: cues.map((s) => ({ ...item(s), weight: round2(s.c * SEGMENT_FACTOR.cue) })),
  };
}
