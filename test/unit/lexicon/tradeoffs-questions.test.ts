import { describe, expect, it } from 'vitest';
import { CORE_QUESTIONS, THEME_QUESTIONS, TRAIT_QUESTIONS } from '../../../src/core/lexicon/questions.ts';
import { BUSINESS_TRAITS, THEME_TRADEOFFS, TRAIT_TRADEOFFS } from '../../../src/core/lexicon/tradeoffs.ts';
import { THEMES } from '../../../src/core/types.ts';

const allText = [
  ...Object.values(THEME_TRADEOFFS).flat(),
  ...Object.values(TRAIT_TRADEOFFS).flat(),
  ...Object.values(THEME_QUESTIONS).flat(),
  ...Object.values(TRAIT_QUESTIONS).flat(),
  ...Object.values(CORE_QUESTIONS),
];

describe('tradeoff and question data', () => {
  it('has tradeoffs and questions for every theme', () => {
    for (const theme of THEMES) {
      expect(THEME_TRADEOFFS[theme]?.length, theme).toBeGreaterThan(0);
      expect(THEME_QUESTIONS[theme]?.length, theme).toBeGreaterThan(0);
    }
  });

  it('has tradeoffs and questions for every business-model trait', () => {
    for (const trait of BUSINESS_TRAITS) {
      expect(TRAIT_TRADEOFFS[trait]?.length, trait).toBeGreaterThan(0);
      expect(TRAIT_QUESTIONS[trait]?.length, trait).toBeGreaterThan(0);
    }
  });

  it('has no duplicate prompts', () => {
    expect(new Set(allText).size).toBe(allText.length);
  });

  it('keeps every prompt a readable length', () => {
    for (const text of allText) {
      expect(text.length, text).toBeGreaterThanOrEqual(30);
      expect(text.length, text).toBeLessThanOrEqual(260);
      expect(text, text).toBe(text.trim());
    }
  });

  it('phrases questions as questions', () => {
    for (const q of [
      ...Object.values(THEME_QUESTIONS).flat(),
      ...Object.values(TRAIT_QUESTIONS).flat(),
      ...Object.values(CORE_QUESTIONS),
    ]) {
      expect(q.endsWith('?'), q).toBe(true);
    }
  });

  it('covers the six core questions of the seed', () => {
    expect(Object.keys(CORE_QUESTIONS).sort()).toEqual([
      'buyer',
      'conflict',
      'margin',
      'north-star',
      'patient-story',
      'promotion',
    ]);
  });
});
