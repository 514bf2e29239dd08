// The claim finder runs in the content script as well as in Node: it may not touch
// anything only one of them has (process, the file system, the DOM).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../src/core');
const FILES = [
  ...readdirSync(join(ROOT, 'claims'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'claims', f)),
  ...readdirSync(join(ROOT, 'lexicon'))
    .filter((f) => f.startsWith('claims-') || f === 'themes.ts')
    .map((f) => join(ROOT, 'lexicon', f)),
  join(ROOT, 'analyze.ts'),
];

describe('claims core', () => {
  it.each(FILES)('%s uses no Node or browser globals', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/\bprocess\.|\brequire\(|from 'node:|\bdocument\.|\bwindow\./);
  });
});
