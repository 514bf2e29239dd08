// What the candidate should weigh for each claim: the cost its theme implies, the
// tension its business model adds, and the questions that would test it.
import { traitsOf } from '../business-model/traits.ts';
import { THEME_QUESTIONS, traitQuestions } from '../lexicon/questions.ts';
import { THEME_TRADEOFFS, traitTradeoffs } from '../lexicon/tradeoffs.ts';
import type { BusinessModel, Claim, HealthcareVerdict } from '../types.ts';

const MAX_PER_CLAIM = 3;

function gapQuestions(claim: Claim): string[] {
  const out: string[] = [];
  if (!claim.names.who) out.push('Who specifically does this reach, and how many of them?');
  if (!claim.names.how) out.push('How, concretely, does the company make this happen?');
  if (!claim.names.howMuch) out.push('What measured result can you show for this?');
  return out;
}

export function weighClaims(claims: Claim[], model: BusinessModel, healthcare: HealthcareVerdict): Claim[] {
  const traits = traitsOf(model, healthcare);
  const trait = traits[0];
  // The theme prompts and questions are written for healthcare ("where do the extra
  // clinicians come from?"): outside it only what the claim leaves out is asked.
  const themed = healthcare.is;
  return claims.map((claim) => {
    const tradeoffs = themed ? [...(THEME_TRADEOFFS[claim.theme] ?? [])].slice(0, 2) : [];
    if (trait) tradeoffs.push(...traitTradeoffs(trait, themed).slice(0, 1));
    const questions = themed ? [...(THEME_QUESTIONS[claim.theme] ?? [])] : [];
    if (claim.specificity === 'vague') questions.push(...gapQuestions(claim));
    if (trait) questions.push(...traitQuestions(trait, themed));
    return {
      ...claim,
      tradeoffs: [...new Set(tradeoffs)].slice(0, MAX_PER_CLAIM),
      questions: [...new Set(questions)].slice(0, MAX_PER_CLAIM),
    };
  });
}
