// Which theme a claim speaks to. Counting every matching cue (not just the first) lets
// a claim that says "access" twice outweigh one passing mention of "technology".
import { THEME_CUES, THEME_ORDER } from '../lexicon/themes.ts';
import type { Theme } from '../types.ts';

const MAX_HITS_PER_CUE = 2;

export function themeOf(text: string): Theme {
  let best: Theme = 'other';
  let bestScore = 0;
  for (const theme of THEME_ORDER) {
    let score = 0;
    for (const cue of THEME_CUES[theme]) {
      const global = new RegExp(cue.pattern.source, cue.pattern.flags.includes('g') ? cue.pattern.flags : `${cue.pattern.flags}g`);
      const hits = Math.min(MAX_HITS_PER_CUE, text.match(global)?.length ?? 0);
      score += hits * cue.weight;
    }
    if (score > bestScore) {
      best = theme;
      bestScore = score;
    }
  }
  return best;
}
