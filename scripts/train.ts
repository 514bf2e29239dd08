// `npm run train`: fits the claim finder, the specificity judge and the theme model on
// the whole labelled corpus (../shared/corpus) and writes their weights to
// src/core/claims/learned/weights.generated.ts. Deterministic: the same corpus gives the
// same file, byte for byte (a unit test checks the committed file against a fresh run).
// `--check` writes nothing and exits 1 when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabels } from './corpus.ts';
import { trainModels } from './train/models.ts';
import { renderWeights } from './train/render.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/core/claims/learned/weights.generated.ts');
const text = renderWeights(trainModels(readLabels()));
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(
    same ? 'weights are up to date' : 'weights differ from a fresh training run: run npm run train',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} kB)`);
