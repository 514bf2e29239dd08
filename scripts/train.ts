// `npm run train`: fits the claim finder, the specificity judge and the theme model on
// the whole labelled corpus (../shared/corpus) and writes their weights to
// src/core/claims/learned/weights.generated.ts, and the who-pays models to
// src/core/business-model/weights.generated.ts. Deterministic: the same corpus gives the
// same files, byte for byte (a unit test checks the committed files against a fresh run).
// `--check` writes nothing and exits 1 when a committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabels } from './corpus.ts';
import { trainBusiness } from './train/business.ts';
import { SETTINGS, trainModels } from './train/models.ts';
import { renderBusinessWeights, renderWeights } from './train/render.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const labels = readLabels();
const files = [
  {
    out: join(root, 'src/core/claims/learned/weights.generated.ts'),
    text: renderWeights(trainModels(labels)),
  },
  {
    out: join(root, 'src/core/business-model/weights.generated.ts'),
    text: renderBusinessWeights(trainBusiness(labels, SETTINGS.business)),
  },
];
if (process.argv.includes('--check')) {
  const stale = files.filter((f) => readFileSync(f.out, 'utf8') !== f.text);
  for (const f of stale) console.log(`${f.out} differs from a fresh training run: run npm run train`);
  if (stale.length === 0) console.log('weights are up to date');
  process.exit(stale.length ? 1 : 0);
}
for (const f of files) {
  writeFileSync(f.out, f.text);
  console.log(`wrote ${f.out} (${(f.text.length / 1024).toFixed(0)} kB)`);
}
