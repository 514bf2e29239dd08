// PLACEHOLDER until the questions work lands.
import type { BusinessModel, Claim, HealthcareVerdict } from '../types.ts';

export interface QuestionInput {
  healthcare: HealthcareVerdict;
  claims: Claim[];
  businessModel: BusinessModel;
}

export function rankQuestions(_input: QuestionInput): string[] {
  return [];
}
