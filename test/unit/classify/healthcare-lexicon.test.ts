// Checks over the healthcare vocabulary as data: every pattern compiles and cannot capture
// (the matcher maps capture groups to terms), weights are sane and point the way their
// segment says, and every healthcare segment can be reached from the description alone.
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../../src/core/classify/term-matcher.ts';
import {
  BENEFIT_OFFER_PATTERNS,
  BENEFIT_WORD_PATTERNS,
  BOILERPLATE_HEADING_PATTERNS,
  BOILERPLATE_SENTENCE_PATTERNS,
  JOB_HEADING_PATTERNS,
  SELF_HEADING_PATTERNS,
} from '../../../src/core/lexicon/healthcare-boilerplate.ts';
import { HEALTHCARE_INDUSTRIES } from '../../../src/core/lexicon/healthcare-industries.ts';
import { HEALTHCARE_NAME_WORDS } from '../../../src/core/lexicon/healthcare-names.ts';
import { NON_HEALTHCARE_VOCABULARY } from '../../../src/core/lexicon/healthcare-negatives.ts';
import { HEALTHCARE_SEGMENT_CUES } from '../../../src/core/lexicon/healthcare-segment-cues.ts';
import { type HealthcareTerm, MAX_TERM_WEIGHT } from '../../../src/core/lexicon/healthcare-term.ts';
import { HEALTHCARE_TITLE_WORDS } from '../../../src/core/lexicon/healthcare-titles.ts';
import { HEALTHCARE_VOCABULARY } from '../../../src/core/lexicon/healthcare-vocabulary.ts';
import { SEGMENTS } from '../../../src/core/types.ts';

const LEXICONS: Record<string, readonly HealthcareTerm[]> = {
  vocabulary: HEALTHCARE_VOCABULARY,
  negatives: NON_HEALTHCARE_VOCABULARY,
  names: HEALTHCARE_NAME_WORDS,
  titles: HEALTHCARE_TITLE_WORDS,
  industries: HEALTHCARE_INDUSTRIES,
  cues: HEALTHCARE_SEGMENT_CUES,
};

const HEALTH_SEGMENTS = SEGMENTS.filter((s) => s !== 'non-healthcare' && s !== 'unclear');

function captureGroups(source: string): number {
  return (new RegExp(`${source}|`).exec('')?.length ?? 1) - 1;
}

describe.each(Object.entries(LEXICONS))('healthcare lexicon: %s', (_name, terms) => {
  it('has terms', () => {
    expect(terms.length).toBeGreaterThan(0);
  });

  it.each(terms.map((t) => [t.label, t] as const))(
    '%s: patterns compile, capture nothing, match no empty text',
    (_label, term) => {
      expect(term.patterns.length).toBeGreaterThan(0);
      for (const source of term.patterns) {
        expect(() => new RegExp(source, 'iu')).not.toThrow();
        expect(captureGroups(source)).toBe(0);
        expect(new RegExp(`^(?:${source})$`, 'iu').test('')).toBe(false);
      }
    },
  );

  it('weights are non-zero, bounded, and their sign matches their segment', () => {
    for (const term of terms) {
      expect(term.weight).not.toBe(0);
      expect(Math.abs(term.weight)).toBeLessThanOrEqual(MAX_TERM_WEIGHT);
      expect(term.weight < 0).toBe(term.segment === 'non-healthcare');
      if (term.segment) expect(SEGMENTS).toContain(term.segment);
    }
  });

  it('has no duplicate labels or patterns', () => {
    const labels = terms.map((t) => t.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    const patterns = terms.flatMap((t) => t.patterns.map((p) => p.toLowerCase()));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

describe('healthcare lexicon as a whole', () => {
  it('description vocabulary and negatives share no pattern (they are matched together)', () => {
    const positive = new Set(HEALTHCARE_VOCABULARY.flatMap((t) => t.patterns));
    for (const term of NON_HEALTHCARE_VOCABULARY)
      for (const p of term.patterns) expect(positive.has(p)).toBe(false);
  });

  it('reaches every healthcare segment from the description vocabulary alone', () => {
    const reached = new Set(HEALTHCARE_VOCABULARY.map((t) => t.segment));
    for (const segment of HEALTH_SEGMENTS) expect(reached, segment).toContain(segment);
  });

  it('reaches every healthcare segment from company names or industries', () => {
    const reached = new Set([...HEALTHCARE_NAME_WORDS, ...HEALTHCARE_INDUSTRIES].map((t) => t.segment));
    for (const segment of HEALTH_SEGMENTS.filter((s) => s !== 'health-it' && s !== 'health-services')) {
      expect(reached, segment).toContain(segment);
    }
  });

  it('compiles into matchers that find each term by its first pattern', () => {
    for (const terms of Object.values(LEXICONS)) {
      const matcher = compileTerms(terms);
      // Literal patterns only: the first pattern of a term is usually plain words.
      for (const [index, term] of terms.entries()) {
        const literal = term.patterns.find((p) => /^[\p{L}\p{N} &'-]+$/u.test(p));
        if (!literal) continue;
        const hits = matcher.scan(`x ${literal} x`);
        expect(hits.length, term.label).toBeGreaterThan(0);
        // Another term may legitimately own a longer reading of the same words.
        expect(
          hits.some((h) => h.term === index) || hits[0]?.text.length === literal.length,
          term.label,
        ).toBe(true);
      }
    }
  });

  it('boilerplate and heading patterns compile and capture nothing', () => {
    for (const list of [
      BOILERPLATE_SENTENCE_PATTERNS,
      BOILERPLATE_HEADING_PATTERNS,
      SELF_HEADING_PATTERNS,
      JOB_HEADING_PATTERNS,
      BENEFIT_WORD_PATTERNS,
      BENEFIT_OFFER_PATTERNS,
    ]) {
      expect(new Set(list).size).toBe(list.length);
      for (const source of list) expect(captureGroups(source)).toBe(0);
    }
  });
});
