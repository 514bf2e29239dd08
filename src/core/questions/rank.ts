// The questions to ask this company, most important first. The core six always belong;
// what the posting leaves unsaid (who pays) and what it claims vaguely move questions up.
import { traitsOf } from '../business-model/traits.ts';
import {
  buyerQuestionFor,
  CORE_QUESTIONS,
  CORE_QUESTIONS_OUTSIDE_HEALTHCARE,
  THEME_QUESTIONS,
  TRAIT_QUESTIONS,
  traitQuestions,
} from '../lexicon/questions.ts';
import { customerName } from '../theory/labels.ts';
import type { BusinessModel, Claim, Customer, HealthcareVerdict, Theme } from '../types.ts';

export interface QuestionInput {
  healthcare: HealthcareVerdict;
  claims: Claim[];
  businessModel: BusinessModel;
}

const MAX_QUESTIONS = 10;
const MAX_THEME_QUESTIONS = 3;

function buyerQuestion(customers: Customer[], healthcare: boolean): string {
  if (customers.length === 0) return CORE_QUESTIONS.buyer;
  const who = customers.map((c) => customerName(c, healthcare)).join(' and ');
  return buyerQuestionFor(who, healthcare);
}

/** Themes claimed, the most frequent first, vague claims counting double. */
function claimedThemes(claims: Claim[]): Theme[] {
  const weight = new Map<Theme, number>();
  for (const c of claims)
    weight.set(c.theme, (weight.get(c.theme) ?? 0) + (c.specificity === 'vague' ? 2 : 1));
  return [...weight].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}

export function rankQuestions({ healthcare, claims, businessModel }: QuestionInput): string[] {
  const out: string[] = [];
  const traits = traitsOf(businessModel, healthcare);
  const payerUnknown = businessModel.customers.length === 0;

  if (payerUnknown) out.push(...traitQuestions('payer-unknown', healthcare.is));
  out.push(CORE_QUESTIONS.margin);
  if (!payerUnknown) out.push(buyerQuestion(businessModel.customers, healthcare.is));

  // Theme questions are written for healthcare; outside it they would ask a heat-pump
  // installer where its clinicians come from.
  const themes = healthcare.is
    ? claimedThemes(claims).filter((t) => t !== 'other' && t !== 'mission-culture')
    : [];
  // A vague access claim hides the hardest part: where the extra clinicians come from.
  const vagueAccess = healthcare.is && claims.some((c) => c.theme === 'access' && c.specificity === 'vague');
  if (vagueAccess) out.push(...THEME_QUESTIONS.access);
  for (const theme of themes.slice(0, MAX_THEME_QUESTIONS)) out.push(...THEME_QUESTIONS[theme]);

  out.push(
    healthcare.is ? CORE_QUESTIONS['north-star'] : (CORE_QUESTIONS_OUTSIDE_HEALTHCARE['north-star'] ?? ''),
  );
  // Trait questions speak of patients, plans and clinicians: healthcare only.
  if (healthcare.is)
    for (const trait of traits.filter((t) => t !== 'payer-unknown').slice(0, 2))
      out.push(...TRAIT_QUESTIONS[trait]);
  if (claims.length === 0)
    out.push('The posting states no mission. What problem does the company exist to solve, and for whom?');
  out.push(CORE_QUESTIONS.conflict, CORE_QUESTIONS.promotion);
  if (healthcare.is) out.push(CORE_QUESTIONS['patient-story']);
  else if (claims.length > 0) out.push(...THEME_QUESTIONS.other);

  return [...new Set(out)].slice(0, MAX_QUESTIONS);
}
