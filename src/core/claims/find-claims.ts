// Finds the sentences in which the employer states its purpose, mission or impact,
// and judges each one: theme, specific or vague, and what the candidate should weigh.
import type { Claim, HealthcareVerdict } from '../types.ts';
import { isClaim, scoreSentence } from './score.ts';
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
 * `sentences` are the description's, when the caller has already segmented it
 * (analyzePosting does, once for every reader).
 */
export function findClaims(
  description: string,
  _healthcare: HealthcareVerdict,
  sentences: readonly Sentence[] = segmentDescription(description),
): Claim[] {
  const claims: Claim[] = [];
  const seen: string[] = [];
  for (const sentence of sentences) {
    if (!isClaim(scoreSentence(sentence))) continue;
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
    const verdict = judgeSpecificity(sentence.text);
    claims.push({
      text: sentence.text,
      theme: themeOf(sentence.text),
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
