import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../../src/core/claims/sections.ts';
import { MODEL_RULES, STAKEHOLDER_NOUNS } from '../../../src/core/lexicon/business-model.ts';
import {
  NEGATIVE_CUES,
  PURPOSE_CUES,
  SECTION_PRIOR,
  SUBJECT_CUES,
} from '../../../src/core/lexicon/claims-cues.ts';
import { SECTION_KINDS } from '../../../src/core/lexicon/claims-sections.ts';
import { MEASURES, MECHANISMS, POPULATIONS } from '../../../src/core/lexicon/claims-specificity.ts';
import { THEME_CUES, THEME_ORDER } from '../../../src/core/lexicon/themes.ts';
import { THEMES } from '../../../src/core/types.ts';

const patterns = [
  ...PURPOSE_CUES,
  ...NEGATIVE_CUES,
  ...SUBJECT_CUES,
  ...POPULATIONS,
  ...MECHANISMS,
  ...MEASURES,
  ...MODEL_RULES,
  ...STAKEHOLDER_NOUNS,
  ...Object.values(THEME_CUES).flat(),
].map((p) => p.pattern);

describe('claim lexicon data', () => {
  it('uses no global or sticky regexes, whose .test() would carry state between calls', () => {
    for (const p of patterns) expect(p.flags, p.source).not.toMatch(/[gy]/);
  });

  it('gives every cue a unique id and a sign that matches its list', () => {
    const ids = [...PURPOSE_CUES, ...NEGATIVE_CUES, ...SUBJECT_CUES].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of PURPOSE_CUES) expect(c.weight, c.id).toBeGreaterThan(0);
    for (const c of NEGATIVE_CUES) expect(c.weight, c.id).toBeLessThan(0);
  });

  it('has a prior for every section kind, negative for legal text', () => {
    for (const kind of SECTION_KINDS) expect(typeof SECTION_PRIOR[kind]).toBe('number');
    expect(SECTION_PRIOR.legal).toBeLessThan(SECTION_PRIOR.requirements);
    expect(SECTION_PRIOR.mission).toBeGreaterThan(SECTION_PRIOR.none);
  });

  it('ranks every theme but "other"', () => {
    expect([...THEME_ORDER, 'other'].sort()).toEqual([...THEMES].sort());
  });

  it.each([
    ['About Us:', 'about'],
    ['Who We Are', 'about'],
    ['Our mission', 'mission'],
    ['### Responsibilities', 'duties'],
    ["What You'll Do", 'duties'],
    ['Minimum Qualifications:', 'requirements'],
    ['Perks & Benefits', 'benefits'],
    ['EEO statement:', 'legal'],
    ['About the role', 'role'],
    ["Why you'll love working at Acme:", 'why-join'],
  ])('reads the heading %s as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
