// The learned weights are generated data: the committed file must be exactly what
// `npm run train` makes from the corpus (reads ../shared/corpus), and stay small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../scripts/corpus.ts';
import { trainBusiness } from '../../../scripts/train/business.ts';
import { SETTINGS, trainModels } from '../../../scripts/train/models.ts';
import { renderBusinessWeights, renderWeights } from '../../../scripts/train/render.ts';

const SRC = join(import.meta.dirname, '../../../src/core');

describe.each([
  {
    file: 'claims/learned/weights.generated.ts',
    train: () => renderWeights(trainModels(readLabels())),
  },
  {
    file: 'business-model/weights.generated.ts',
    train: () => renderBusinessWeights(trainBusiness(readLabels(), SETTINGS.business)),
  },
])('the learned weights in $file', ({ file, train }) => {
  const committed = readFileSync(join(SRC, file), 'utf8');

  it('are what a fresh training run on the corpus writes, byte for byte', { timeout: 120_000 }, () => {
    const fresh = train();
    // Compare line by line first, so a failure names the first differing weight.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(first === -1 ? null : { line: first + 1, committed: a[first], fresh: b[first] }).toBeNull();
    expect(fresh).toBe(committed);
  });

  it('stay under 150 kB gzipped', () => {
    expect(gzipSync(committed).length).toBeLessThan(150 * 1024);
  });
});
