// public/highlights.css is what the browser adds to the page; palette.ts is where the
// colours are decided. Regenerate with `npx tsx scripts/make-highlight-css.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeManifest } from '../../../manifest/manifest.ts';
import {
  alternateTints,
  HIGHLIGHT_CSS_FILE,
  highlightCss,
  highlightName,
  THEME_HUE,
} from '../../../src/content/annotate/palette.ts';
import type { Theme } from '../../../src/core/types.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the highlight stylesheet', () => {
  it('is the palette, as generated', () => {
    expect(readFileSync(join(ROOT, 'public', HIGHLIGHT_CSS_FILE), 'utf8')).toBe(highlightCss());
  });

  it('has a rule for every highlight name the content script registers', () => {
    const css = highlightCss();
    for (const theme of Object.keys(THEME_HUE) as Theme[]) {
      for (const specificity of ['vague', 'specific'] as const) {
        expect(css).toContain(`::highlight(${highlightName(theme, specificity)})`);
        expect(css).toContain(`::highlight(${highlightName(theme, specificity, true)})`);
      }
    }
  });

  it('comes with every content script the manifest declares, in both browsers', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const scripts = (makeManifest(target) as { content_scripts: { css?: string[] }[] }).content_scripts;
      for (const entry of scripts) expect(entry.css).toEqual([HIGHLIGHT_CSS_FILE]);
    }
  });

  it('gives a claim the other tint when it touches a neighbour that looks alike', () => {
    const claim = (
      start: number,
      end: number,
      theme: Theme,
      specificity: 'vague' | 'specific' = 'specific',
    ) => ({
      start,
      end,
      theme,
      specificity,
    });
    expect(
      alternateTints([
        claim(0, 40, 'access'),
        claim(41, 90, 'access'), // touches, same: the other tint
        claim(91, 120, 'equity'), // touches, a hue 25 degrees off: back again
        claim(200, 240, 'equity'), // far from it: the plain tint
        claim(241, 260, 'transform'), // touches, another colour: plain
        claim(261, 300, 'transform', 'vague'), // touches, but vague beside specific: plain
      ]),
    ).toEqual([false, true, false, false, false, false]);
    // Hues wrap around: 340 and 0 look alike.
    expect(alternateTints([claim(0, 10, 'mission-culture'), claim(11, 20, 'other')])).toEqual([false, true]);
  });
});
