// Finds the sentences in which the employer states its purpose, mission or impact,
// and judges each one: theme, specific or vague, and what the candidate should weigh.
import type { Claim, HealthcareVerdict } from '../types.ts';
import { isClaim, scoreSentence } from './score.ts';
import { segmentDescription } from './segment.ts';
import { judgeSpecificity } from './specificity.ts';
import { themeOf } from './theme.ts';

/** Enough for any real posting; a page stuffed with slogans should not flood the UI. */
const MAX_CLAIMS = 40;

export function findClaims(description: string, _healthcare: HealthcareVerdict): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of segmentDescription(description)) {
    if (!isClaim(scoreSentence(sentence))) continue;
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
