import { describe, expect, it } from 'vitest';
import { blankTheory, type Theory } from '../../../src/core/theory/theory.ts';
import { ALL_TRADEOFFS, tradeoffByRef } from '../../../src/core/theory/tradeoff-refs.ts';
import {
  stanceOf,
  theoryGaps,
  tradeoffsToWeigh,
  tradeoffTopic,
  WAY_FORWARD_THEMES,
  withStance,
} from '../../../src/core/theory/weigh-list.ts';
import { THEMES } from '../../../src/core/types.ts';
import { theory } from './fixtures.ts';

const blank = () => blankTheory(1);

describe('the tradeoffs the wizard asks about', () => {
  it('are none for a theory that backs nothing', () => {
    expect(tradeoffsToWeigh(blank())).toEqual([]);
  });

  it('are the chosen themes’ and business models’ only, in the lexicon’s order', () => {
    const refs = tradeoffsToWeigh({ ...blank(), themes: ['equity', 'access'], customers: ['employer'] }).map(
      (t) => t.ref,
    );
    expect(refs).toEqual([
      'theme:access:0',
      'theme:access:1',
      'theme:equity:0',
      'theme:equity:1',
      'trait:employer:0',
    ]);
    expect(tradeoffsToWeigh({ ...blank(), revenue: ['value-based'] }).map((t) => t.ref)).toEqual([
      'trait:value-based:0',
    ]);
  });

  it('include a tradeoff already decided even when its theme is not chosen', () => {
    const refs = tradeoffsToWeigh({
      ...blank(),
      themes: ['access'],
      refused: ['theme:value-based-care:0'],
    }).map((t) => t.ref);
    expect(refs).toEqual(['theme:access:0', 'theme:access:1', 'theme:value-based-care:0']);
  });

  it('each have a short topic', () => {
    const topic = (ref: string) => tradeoffTopic(tradeoffByRef(ref)!);
    expect(topic('theme:access:0')).toBe('Access to care');
    expect(topic('trait:employer:0')).toBe('Paid by employers');
    expect(topic('trait:capitation-pmpm:0')).toBe('A fixed fee per member each month');
    expect(topic('trait:software-middleman:0')).toBe('A software middleman');
    for (const t of ALL_TRADEOFFS) expect(tradeoffTopic(t), t.ref).not.toBe(t.key);
  });

  it('offers every theme but the two that are only what postings say', () => {
    expect(THEMES.filter((t) => !WAY_FORWARD_THEMES.includes(t))).toEqual(['mission-culture', 'other']);
  });
});

describe('a stance on one tradeoff', () => {
  const access = tradeoffByRef('theme:access:0')!;

  it('moves the tradeoff between accepted, refused and neither', () => {
    let t: Theory = { ...blank(), accepted: ['theme:equity:0'] };
    expect(stanceOf(t, access)).toBe('undecided');
    t = { ...t, ...withStance(t, access, 'accept') };
    expect(t.accepted).toEqual(['theme:equity:0', 'theme:access:0']);
    t = { ...t, ...withStance(t, access, 'refuse') };
    expect([t.accepted, t.refused, stanceOf(t, access)]).toEqual([
      ['theme:equity:0'],
      ['theme:access:0'],
      'refuse',
    ]);
    t = { ...t, ...withStance(t, access, 'undecided') };
    expect([t.accepted, t.refused]).toEqual([['theme:equity:0'], []]);
  });
});

describe('what a theory still lacks', () => {
  it('a blank theory is empty and lacks every part', () => {
    expect(theoryGaps(blank())).toEqual({
      empty: true,
      missing: ['belief', 'choices', 'tradeoffs', 'red-lines'],
    });
  });

  it('a belief alone is still empty: nothing a posting can be held against', () => {
    expect(theoryGaps({ ...blank(), belief: 'Care should be cheaper' })).toMatchObject({ empty: true });
  });

  it('one theme, or one red line, in the user’s own words or not, is enough to save', () => {
    expect(theoryGaps({ ...blank(), themes: ['access'] })).toMatchObject({ empty: false });
    expect(theoryGaps({ ...blank(), redLines: ['pharma-funded'] })).toMatchObject({ empty: false });
    expect(theoryGaps({ ...blank(), customRedLines: ['sells data'] })).toMatchObject({
      empty: false,
      missing: ['belief', 'choices', 'tradeoffs'],
    });
  });

  it('a full theory lacks nothing', () => {
    const full = theory({
      belief: 'Care should be cheaper',
      revenue: ['value-based'],
      refused: ['trait:value-based:0'],
      redLines: ['pharma-funded'],
    });
    expect(theoryGaps(full)).toEqual({ empty: false, missing: [] });
  });
});
