// Which theme a claim speaks to: a multinomial logistic regression over the claim's
// words and the theme cues of lexicon/themes.ts (how often each theme's cues hit).
import type { Theme } from '../types.ts';
import { themeFeatures } from './learned/features.ts';
import { type SoftmaxModel, softmaxBest } from './learned/linear.ts';
import { DEFAULT_MODELS } from './learned/models.ts';

export function themeOf(
  text: string,
  healthcare: boolean,
  model: SoftmaxModel<Theme> = DEFAULT_MODELS.theme,
): Theme {
  return softmaxBest(model, themeFeatures(text, healthcare));
}
