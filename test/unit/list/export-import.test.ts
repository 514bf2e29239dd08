// The list taken anywhere and back: CSV a spreadsheet opens cleanly (and cannot run a
// formula from a page's text), JSON that import reads back whole, Markdown as text,
// and import that refuses a bad file with a reason and changes nothing.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { withPatch } from '../../../src/core/list/entry-edits.ts';
import { CSV_COLUMNS, toCsv, toJsonFile, toMarkdown } from '../../../src/core/list/export.ts';
import { mergeImport, parseListFile } from '../../../src/core/list/import.ts';
import { demoEntry } from './fixtures.ts';

const hostile = withPatch(
  { ...demoEntry(), name: '=HYPERLINK("http://evil.example","x")' },
  { notes: 'Line one\nline two, with "quotes", commas; and =1+1', tags: ['@risk', 'ok'] },
  5,
);

describe('export', () => {
  it('writes CSV that reads back cell for cell, with formulas defused', () => {
    const csv = toCsv([demoEntry(), hostile]);
    const back = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(back[0]).toEqual([...CSV_COLUMNS]);
    expect(back).toHaveLength(3);
    expect(back[1]![0]).toBe('Harborline Community Health Plan');
    expect(back[1]![4]).toBe('payer');
    // Line breaks, quotes and commas stay inside their cell.
    expect(back[2]![13]).toBe('\'Line one\nline two, with "quotes", commas; and =1+1'.replace(/^'/, ''));
    // A cell that would start a formula is prefixed so the spreadsheet shows it as text.
    expect(back[2]![0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(back[2]![3]).toBe(`'@risk; ok`);
  });

  it('writes JSON that import reads back to the same entries', () => {
    const entries = [demoEntry(), hostile];
    const read = parseListFile(toJsonFile(entries, 99));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
  });

  it('writes Markdown where a page’s or the user’s markup is only text', () => {
    const text = toMarkdown([{ ...hostile, name: 'Evil <img src=x onerror=alert(1)> [link](http://x)' }]);
    expect(text).toContain('## Evil \\<img src=x onerror=alert\\(1\\)\\> \\[link\\]\\(http://x\\)');
    expect(text).toContain('### What it claims');
  });
});

describe('import', () => {
  it('refuses a bad file with a reason', () => {
    const good = JSON.parse(toJsonFile([demoEntry()], 1));
    const cases: [string, RegExp][] = [
      ['{not json', /not JSON/],
      [JSON.stringify({ hello: 1 }), /not a Mission Lens list/],
      [JSON.stringify({ ...good, v: 7 }), /version 7/],
      [
        JSON.stringify({ ...good, entries: [{ ...good.entries[0], status: 'hired!' }] }),
        /entries\.0\.status/,
      ],
      [JSON.stringify({ ...good, entries: [{ ...good.entries[0], notes: 'x'.repeat(30_000) }] }), /notes/],
    ];
    for (const [text, reason] of cases) {
      const r = parseListFile(text);
      expect(r.ok, text.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => j),
        ),
        (text) => {
          const r = parseListFile(text);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
    );
  });

  it('merges by company without losing either side', () => {
    const mine = withPatch(demoEntry(), { notes: 'Mine.' }, 10);
    const theirs = withPatch(
      { ...demoEntry('Harborline Community Health Plan, Inc.'), id: 'whatever' },
      { notes: 'Theirs.' },
      20,
    );
    const read = parseListFile(toJsonFile([theirs], 30));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const merged = mergeImport([mine], read.entries);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.notes).toContain('Mine.');
    expect(merged[0]!.notes).toContain('Theirs.');
  });
});
