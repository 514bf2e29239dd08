// The sentence scanner must break exactly where Intl.Segmenter (UAX #29) breaks: on
// every line of the corpus, on the tricky cases postings contain, and on random text
// made of the characters the rules care about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels, textPath } from '../../../scripts/corpus.ts';
import { postingFromText } from '../../../src/core/analyze.ts';
import { segmentDescription, sentenceBreaks } from '../../../src/core/claims/segment.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const byIntl = (line: string) =>
  Array.from(segmenter.segment(line), (s) => ({ start: s.index, end: s.index + s.segment.length }));

describe('sentenceBreaks', () => {
  it('breaks every corpus line where Intl.Segmenter does', () => {
    for (const label of readLabels()) {
      const { description } = postingFromText(readFileSync(textPath(label.id), 'utf8'));
      for (const line of description.split('\n')) {
        if (line) expect(sentenceBreaks(line), `${label.id}: ${line}`).toEqual(byIntl(line));
      }
    }
  });

  it.each([
    'We serve 3.5 million members. Our mission is simple!',
    'Founded in the U.S. by Dr. Smith. He left.',
    'L.A. Care is a health plan. It serves Medi-Cal members.',
    'Helping People. Changing Lives.',
    'Visit Newsela.com today. Or not?! Really?? "Yes." (Maybe.) Then more.',
    'e.g. this one. etc., and that one.',
    'End.Next starts here. a.B and x.y',
    'One…Two. Three — four. «Five.» Six',
    'Tab\tafter.\tNext one.  Two spaces. \u00a0Nbsp.',
    'Zero\u200bwidth.\u200b Next.',
    'Ends with space. ',
    '!!! ??? ... . ? !',
  ])('matches Intl.Segmenter on %j', (line) => {
    expect(sentenceBreaks(line)).toEqual(byIntl(line));
  });

  it('matches Intl.Segmenter on random text made of the characters the rules care about', () => {
    const alphabet = [
      'a',
      'B',
      'é',
      'ª',
      '．',
      '。',
      '\u2028',
      'Z',
      '1',
      '.',
      '!',
      '?',
      ' ',
      ' ',
      ',',
      ';',
      '"',
      "'",
      '(',
      ')',
      '’',
      '—',
      '-',
      '\u00a0',
      '\u200b',
      '\u0301',
      '…',
      '\r',
      '\u2029',
      'あ',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(random() * 24);
      let line = '';
      for (let i = 0; i < length; i++) line += alphabet[Math.floor(random() * alphabet.length)];
      expect(sentenceBreaks(line), JSON.stringify(line)).toEqual(byIntl(line));
    }
  });
});

describe('segmentDescription', () => {
  it('keeps abbreviations and initials inside their sentence', () => {
    const texts = segmentDescription(
      'L.A. Care Health Plan, Inc. serves the U.S. market. We help people.',
    ).map((s) => s.text);
    expect(texts).toEqual(['L.A. Care Health Plan, Inc. serves the U.S. market.', 'We help people.']);
  });

  it('gives the same sentences for the same description, call after call', () => {
    const text =
      'About us\nWe exist to make care better. We serve seniors.\n\nRequirements\n- 3+ years of SQL';
    expect(segmentDescription(text)).toEqual(segmentDescription(text));
  });
});
