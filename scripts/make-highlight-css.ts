// Writes public/highlights.css, the `::highlight()` rules the manifest adds to every page
// the content script runs on, from the palette in src/content/annotate/palette.ts. A unit
// test fails when the two disagree: `npx tsx scripts/make-highlight-css.ts` fixes it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIGHLIGHT_CSS_FILE, highlightCss } from '../src/content/annotate/palette.ts';

const path = join(import.meta.dirname, '..', 'public', HIGHLIGHT_CSS_FILE);
writeFileSync(path, highlightCss());
console.log(`wrote ${path}`);
