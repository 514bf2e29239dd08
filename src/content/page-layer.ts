// The page layer as a script of its own (see page-layer-key.ts): the lens and the list
// marks share the extension's one element in the page, so they ship together, with the
// schema of the one message the content script takes.
// biome-ignore assist/source/organizeImports: layer-started.ts must be evaluated before the rest
import { layerStarted } from './layer-started.ts';
import { AnalyzePage } from '../shared/content-messages.ts';
import { Lens } from './lens.ts';
import { ListMarks } from './marks/list-marks.ts';
import { providePageLayer } from './page-layer-key.ts';

providePageLayer({
  evaluated: { start: layerStarted, end: performance.now() },
  AnalyzePage,
  Lens,
  ListMarks,
});
