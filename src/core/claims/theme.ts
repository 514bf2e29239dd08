// Which theme a claim speaks to. Counting every matching cue (not just the first) lets
// a claim that says "access" twice outweigh one passing mention of "technology".
import { THEME_CUES, THEME_ORDER } from '../lexicon/themes.ts';
import type { Theme } from '../types.ts';

const MAX_HITS_PER_CUE = 2;

const GLOBAL_CUES = THEME_ORDER.map((theme) => ({
  theme,
  cues: THEME_CUES[theme].map((cue) => ({
    weight: cue.weight,
    pattern: new RegExp(cue.pattern.source, `${cue.pattern.flags.replace('g', '')}g`),
  })),
}));

export function themeOf(text: string): Theme {
  let best: Theme = 'other';
  let bestScore = 0;
  for (const { theme, cues } of GLOBAL_CUES) {
    let score = 0;
    for (const cue of cues) {
      const hits = Math.min(MAX_HITS_PER_CUE, text.match(cue.pattern)?.length ?? 0);
      score += hits * cue.weight;
    }
    if (score > bestScore) {
      best = theme;
      bestScore = score;
    }
  }
  return best;
}
