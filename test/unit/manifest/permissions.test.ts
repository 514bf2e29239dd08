// What the extension may do is the README's "Permissions" list: the built manifest of
// either browser may not ask for anything that list does not name with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeManifest, type Target } from '../../../manifest/manifest.ts';
import { PAGE_LAYER_FILE } from '../../../src/content/page-layer-key.ts';

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
const section = README.slice(
  README.indexOf('## Permissions'),
  README.indexOf('\n## ', README.indexOf('## Permissions') + 5),
);
/** Every `code` span the section names. */
const named = new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

interface Built {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
  content_scripts?: { matches: string[] }[];
}

describe.each(['chrome', 'firefox'] satisfies Target[])('the %s manifest', (target) => {
  const m = makeManifest(target) as Built;

  it('asks only for the permissions the README lists, and no host permission', () => {
    for (const p of m.permissions ?? []) expect(named, `README names ${p}`).toContain(p);
    expect(m.permissions?.sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it('makes only the card’s and the marks’ frames web-accessible, and the page layer to the boards alone', () => {
    const war = m.web_accessible_resources ?? [];
    const resources = war.flatMap((w) => w.resources);
    for (const r of resources) expect(named, `README names ${r}`).toContain(r);
    expect(resources).toEqual(['src/frame/index.html', 'src/marks/index.html', PAGE_LAYER_FILE]);
    if (target === 'chrome') for (const w of war) expect(w.use_dynamic_url).toBe(true);
    // The boards' origins, nothing wider: a page elsewhere cannot load the layer at all.
    const layer = war.find((w) => w.resources.includes(PAGE_LAYER_FILE))!;
    const boards = new Set(
      (m.content_scripts ?? []).flatMap((c) => c.matches).map((p) => new URL(p.replace('*.', 'x.')).origin),
    );
    expect(layer.matches?.length).toBeGreaterThan(10);
    for (const p of layer.matches ?? []) {
      expect(p).toMatch(/^https:\/\/[^/]+\/\*$/);
      expect(boards).toContain(new URL(p.replace('*.', 'x.')).origin);
    }
  });

  it('runs its content script only on job-board addresses', () => {
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(10);
    for (const pattern of matches) expect(pattern).not.toMatch(/^<all_urls>$|^\*:\/\/\*\/|^https?:\/\/\*\//);
  });
});
