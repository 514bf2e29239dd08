import { describe, expect, it } from 'vitest';
import { parseDocument, parseFragment } from '../../../scripts/node-dom.ts';
import { lineText, textOfElement, textOfHtml } from '../../../src/core/extract/html-text.ts';

describe('paragraph text', () => {
  it('reads <br><br> as a paragraph break and one <br> as a line', () => {
    expect(
      textOfHtml(
        '<strong>Who we are<br><br></strong>We care.<br>- one<br>- two<br> &nbsp;<br>Next',
        parseFragment,
      ),
    ).toBe('Who we are\n\nWe care.\n- one\n- two\n\nNext');
  });
  it('leaves out skipped elements', () => {
    const doc = parseDocument('<div id="d"><p>Keep</p><div class="more">Show more</div><p>Also</p></div>');
    const root = doc.querySelector('#d')!;
    expect(textOfElement(root, new Set([doc.querySelector('.more')!]))).toBe('Keep\n\nAlso');
  });
  it('reads one line, including button labels, without scripts', () => {
    const doc = parseDocument(
      '<h1 id="t"> Nurse <button>Acme<script>x()</script></button>\n<svg><title>i</title></svg></h1>',
    );
    expect(lineText(doc.querySelector('#t')!)).toBe('Nurse Acme');
  });
});
