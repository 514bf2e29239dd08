// Small hand-made analyses and theories for the comparison tests.
import { blankTheory, type Theory } from '../../../src/core/theory/theory.ts';
import type { Analysis, Claim, Theme } from '../../../src/core/types.ts';

export function claim(
  theme: Theme,
  specificity: 'vague' | 'specific',
  text = `A claim about ${theme}.`,
): Claim {
  return {
    text,
    theme,
    specificity,
    reasons: [],
    tradeoffs: [`A tradeoff of ${theme}.`],
    questions: [],
    start: 0,
    end: text.length,
    names: { who: false, how: false, howMuch: false, payer: false },
  };
}

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    isJobPosting: true,
    title: 'Care Manager',
    company: 'Example Health',
    board: 'linkedin',
    healthcare: { is: true, segment: 'payer', confidence: 0.9, evidence: ['health plan'] },
    claims: [],
    businessModel: { customers: [], revenue: [], evidence: [] },
    questions: ['Which part of the business earns most of the margin?'],
    ...over,
  };
}

export function theory(over: Partial<Theory> = {}): Theory {
  return { ...blankTheory(1), ...over };
}
