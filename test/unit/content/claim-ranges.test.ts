// Claims are found in the core's clean text; these tests check that each one is found
// again in the page's own text nodes, whatever markup and whitespace sit between.
import { describe, expect, it } from 'vitest';
import {
  claimRanges,
  findSpan,
  indexText,
  rangeOf,
  squash,
} from '../../../src/content/annotate/claim-ranges.ts';
import { textOfElement } from '../../../src/core/extract/html-text.ts';

function page(html: string): HTMLElement {
  const div = document.createElement('div');
  // Test fixture markup, written here: never page content.
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

const claim = (root: Element, text: string) => {
  const description = textOfElement(root);
  const start = description.indexOf(text);
  expect(start, `"${text}" is in the description`).toBeGreaterThanOrEqual(0);
  return { text, start };
};

describe('claim ranges', () => {
  it('finds a claim split across inline elements and line breaks', () => {
    const root = page(
      '<p>About us</p><p>We <strong>serve   310,000</strong>\n  members in <a href="#">Tamsen County</a>, and we measure it.</p>',
    );
    const [range] = claimRanges(indexText([root]), [
      claim(root, 'We serve 310,000 members in Tamsen County, and we measure it.'),
    ]);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(
      'We serve 310,000 members in Tamsen County, and we measure it.',
    );
  });

  it('maps several claims in reading order, including a repeated phrase', () => {
    const root = page('<ul><li>We care.</li><li>We transform care.</li><li>We care.</li></ul>');
    const claims = [
      claim(root, 'We transform care.'),
      { text: 'We care.', start: 20 },
      claim(root, 'We care.'),
    ];
    const ranges = claimRanges(indexText([root]), claims);
    expect(ranges.map((r) => r?.toString())).toEqual(['We transform care.', 'We care.', 'We care.']);
    // The later "We care." starts after "We transform care.": the third item, not the first.
    expect(ranges[1]?.startContainer.parentElement?.textContent).toBe('We care.');
    expect(ranges[1]?.startContainer).toBe(root.querySelectorAll('li')[2]!.firstChild);
  });

  it('leaves out what the core leaves out: buttons, scripts, hidden and skipped elements', () => {
    const root = page(
      '<p>Our mission <button>Show more</button>is access<script>var x = "for all"</script> for all.</p><p hidden>secret</p><div class="drop">noise</div>',
    );
    const skip = new Set([root.querySelector('.drop')!]);
    const index = indexText([root], skip);
    expect(index.text).toBe(squash('Our mission is access for all.'));
    const [range] = claimRanges(index, [{ text: 'Our mission is access for all.', start: 0 }]);
    expect(range?.toString()).toContain('Show more'); // a range spans the button, as the page shows it
  });

  it('returns null for a claim the page does not show', () => {
    const root = page('<p>Something else entirely.</p>');
    expect(claimRanges(indexText([root]), [{ text: 'We are mission driven.', start: 0 }])).toEqual([null]);
  });

  it('anchors a long claim on its first and last words when the middle differs', () => {
    const needle = squash(
      'We cut readmissions for heart failure patients by 23 percent across twelve hospitals in two years, measured by the state.',
    );
    const hay = `intro${needle.replace('23percent', '23%')}outro`;
    const span = findSpan(hay, needle, 0);
    expect(span).not.toBeNull();
    expect(hay.slice(span![0], span![1])).toBe(needle.replace('23percent', '23%'));
  });

  it('covers a whole surrogate pair at the end of a claim', () => {
    const root = page('<p>We love our patients 💙</p>');
    const [range] = claimRanges(indexText([root]), [{ text: 'We love our patients 💙', start: 0 }]);
    expect(range?.toString()).toBe('We love our patients 💙');
  });
});

describe('squashed positions back to the page text', () => {
  it('maps every span of text nodes full of spaces, newlines and zero-width characters', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Every kind of whitespace the squash removes, and words long enough for the 64-character steps.
    const pieces = [
      'a',
      'bc',
      'Déf',
      '💙',
      'x'.repeat(70),
      ' ',
      '  ',
      '\n',
      '\n      ',
      '\u200b',
      '\u200d',
      '\t',
      '\r\n',
      '\v\f',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u2028',
    ];
    for (let trial = 0; trial < 60; trial++) {
      const root = document.createElement('div');
      const nodes = 1 + Math.floor(random() * 6);
      for (let n = 0; n < nodes; n++) {
        let data = '';
        const length = Math.floor(random() * 40);
        // Some nodes are nearly all whitespace, as in deeply indented markup.
        const spacey = random() < 0.3;
        for (let i = 0; i < length; i++) {
          data += spacey && random() < 0.9 ? '        ' : pieces[Math.floor(random() * pieces.length)];
        }
        const el = document.createElement('span');
        el.textContent = data;
        root.append(el);
      }
      const index = indexText([root]);
      for (let from = 0; from < index.text.length; from++) {
        // Never start or end inside a surrogate pair.
        if (/[\udc00-\udfff]/.test(index.text[from] ?? '')) continue;
        let to = from + 1 + Math.floor(random() * 12);
        if (to > index.text.length) to = index.text.length;
        if (/[\ud800-\udbff]/.test(index.text[to - 1] ?? '')) to++;
        if (to > index.text.length) continue;
        const range = rangeOf(index, from, to);
        expect(squash(range?.toString() ?? '')).toBe(index.text.slice(from, to));
      }
    }
  });
});
