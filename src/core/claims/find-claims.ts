// Finds the sentences in which the employer states its purpose, mission or impact,
// and judges each one: theme, specific or vague, and what the candidate should weigh.
import { OWN_HIRING } from '../lexicon/claims-learned-cues.ts';
import type { Claim, HealthcareVerdict } from '../types.ts';
import { claimContext, claimFeatures, reportsMeasuredImpact } from './learned/features.ts';
import { binaryProbability } from './learned/linear.ts';
import { type ClaimModels, DEFAULT_MODELS } from './learned/models.ts';
import { type Sentence, segmentDescription } from './segment.ts';
import { judgeSpecificity } from './specificity.ts';
import { themeOf } from './theme.ts';

/** Lower case, letters and digits only, so the same sentence reads the same wherever it sits. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Shorter than this, one claim inside another is a common phrase, not a repeat. */
const MIN_REPEAT = 30;

/** Enough for any real posting; a page stuffed with slogans should not flood the UI. */
const MAX_CLAIMS = 40;

/**
 * A sentence is a claim when the learned claim finder says so (see learned/features.ts
 * for what it reads). `sentences` are the description's, when the caller has already segmented it
 * (analyzePosting does, once for every reader).
 */
export interface FindOptions {
  sentences?: readonly Sentence[];
  models?: ClaimModels;
  /** The employer's name as the posting gives it: a sentence about the company by name is a hint. */
  company?: string | null;
}

export function findClaims(
  description: string,
  healthcare: HealthcareVerdict,
  options: FindOptions = {},
): Claim[] {
  const sentences = options.sentences ?? segmentDescription(description);
  const models = options.models ?? DEFAULT_MODELS;
  const claims: Claim[] = [];
  const seen: string[] = [];
  const ctx = claimContext(sentences, options.company ?? null);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (OWN_HIRING.test(sentence.text)) continue;
    const features = claimFeatures(ctx, i);
    if (
      binaryProbability(models.claim, features) < models.claim.threshold &&
      !reportsMeasuredImpact(features)
    )
      continue;
    // Pages repeat their "about us" (a teaser and the full text): one claim, once.
    const key = comparable(sentence.text);
    if (
      seen.some(
        (s) =>
          s === key || (Math.min(s.length, key.length) >= MIN_REPEAT && (s.includes(key) || key.includes(s))),
      )
    )
      continue;
    seen.push(key);
    const verdict = judgeSpecificity(sentence.text, models.specificity);
    claims.push({
      text: sentence.text,
      theme: themeOf(sentence.text, healthcare.is, models.theme),
      specificity: verdict.specificity,
      reasons: verdict.reasons,
      tradeoffs: [],
      questions: [],
      start: sentence.start,
      end: sentence.end,
      names: verdict.names,
    });
    if (claims.length >= MAX_CLAIMS) break;
  }
  return claims;
}
