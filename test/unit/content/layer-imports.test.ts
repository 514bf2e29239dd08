// What the page pays for is what the content scripts import: the analysis core stays in
// the worker, and the page layer takes the board URL table from the boot script rather
// than shipping a second copy (content/page-layer-key.ts). Type-only imports are erased
// by the build, so they are not followed.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

// `import x from './a.ts'`, `export { x } from './a.ts'`, `import('./a.ts')`, but not `import type`.
const STATIC = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm;
const SIDE_EFFECT = /^import\s+'(\.[^']+)'/gm;
const DYNAMIC = /\bimport\(\s*'(\.[^']+)'\s*\)/g;

/** Every source file `entry` evaluates, as paths relative to the repository. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    const source = readFileSync(file, 'utf8');
    for (const pattern of [STATIC, SIDE_EFFECT, DYNAMIC])
      for (const m of source.matchAll(pattern)) {
        const target = m[1]!.split('?')[0]!;
        if (target.endsWith('.ts') || target.endsWith('.tsx')) visit(resolve(dirname(file), target));
      }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe('what the content scripts import', () => {
  const layer = importGraph('src/content/page-layer.ts');
  const boot = importGraph('src/content/main.ts');

  it('follows the imports (the graph is not empty by mistake)', () => {
    expect(layer).toContain('src/core/extract/read-posting.ts');
    expect(layer).toContain('src/sites/adapters.ts');
    expect(boot).toContain('src/sites/posting-urls.ts');
  });

  it('keeps the analysis core out of the page', () => {
    const core = [...layer, ...boot].filter((f) => /^src\/core\/(?!extract\/|types\.ts)/.test(f));
    expect(core).toEqual([]);
  });

  it('keeps the theory, the list and the comparison out of the page: their schemas and the whole message union', () => {
    const shared = [...layer, ...boot].filter((f) => f.startsWith('src/shared/'));
    for (const file of [
      'src/shared/messages.ts',
      'src/shared/theory-schema.ts',
      'src/shared/list-schema.ts',
      'src/shared/comparison-schema.ts',
      'src/shared/analysis-schema.ts',
      'src/shared/storage-schema.ts',
    ])
      expect(shared).not.toContain(file);
    // And no store, tradeoff or question code from the worker or the extension's pages.
    expect(
      [...layer, ...boot].filter((f) => /^src\/(?:background|popup|options|list|frame|marks)\//.test(f)),
    ).toEqual([]);
  });

  it('ships the board URL table once, in the boot script', () => {
    expect(layer).not.toContain('src/sites/posting-urls.ts');
  });
});
