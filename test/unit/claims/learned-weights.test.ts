// The learned weights are generated data: the committed file must be exactly what
// `npm run train` makes from the corpus (reads ../shared/corpus), and stay small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../scripts/corpus.ts';
import { trainModels } from '../../../scripts/train/models.ts';
import { renderWeights } from '../../../scripts/train/render.ts';

const FILE = join(import.meta.dirname, '../../../src/core/claims/learned/weights.generated.ts');

describe('the learned weights (weights.generated.ts)', () => {
  const committed = readFileSync(FILE, 'utf8');

  it('are what a fresh training run on the corpus writes, byte for byte', { timeout: 120_000 }, () => {
    const fresh = renderWeights(trainModels(readLabels()));
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
