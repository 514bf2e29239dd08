// A theory of change seeded with canary strings, and the words only a comparison with it
// produces: the hostile-page suites of both browsers check page script can read none.
import { blankTheory } from '../../src/core/theory/theory.ts';

export const CANARY = 'canary-5f1e9b';

export const canaryTheory = () => ({
  ...blankTheory(Date.now()),
  area: `Maternal health ${CANARY}-area`,
  belief: `I believe ${CANARY}-belief in community care`,
  because: `Because ${CANARY}-because`,
  themes: ['tech-ai', 'equity'],
  customRedLines: [`Never ${CANARY}-redline`],
  updatedAt: Date.now(),
});

/** Words only a comparison with the theory produces; none of them is in the posting. */
export const VERDICT_WORDS = [
  'Against your theory',
  'your theory of change',
  'Fits your theory',
  'In tension with',
  CANARY,
];
