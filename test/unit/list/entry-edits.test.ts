// Saving, editing and merging entries: never a duplicate posting, never a lost note.
import { describe, expect, it } from 'vitest';
import { mergeEntries, withPatch, withPosting } from '../../../src/core/list/entry-edits.ts';
import { demoEntry, demoPosting } from './fixtures.ts';

describe('entries', () => {
  it('saving the same posting again updates it; another posting is added', () => {
    const entry = demoEntry();
    const again = withPosting(entry, entry.name, demoPosting(`${entry.postings[0]!.url}#apply`, 2), 2);
    expect(again.postings).toHaveLength(1);
    expect(again.postings[0]!.savedAt).toBe(2);
    const second = withPosting(
      again,
      entry.name,
      demoPosting('https://www.linkedin.com/jobs/view/99/', 3),
      3,
    );
    expect(second.postings.map((p) => p.url)).toEqual([
      'https://www.linkedin.com/jobs/view/99/',
      again.postings[0]!.url,
    ]);
  });

  it('records each status change with its date, and keeps answers the user gave', () => {
    const entry = withPatch(demoEntry(), { status: 'applied', notes: 'Met Dana at the fair.' }, 10);
    const next = withPatch(
      entry,
      { status: 'interviewing', answers: { 'Who pays you?': 'The state, per member.' } },
      20,
    );
    expect(next.statusHistory.map((h) => [h.status, h.at])).toEqual([
      ['interested', 1_760_000_000_000],
      ['applied', 10],
      ['interviewing', 20],
    ]);
    expect(next.notes).toBe('Met Dana at the fair.');
    expect(next.answers).toEqual({ 'Who pays you?': 'The state, per member.' });
    expect(withPatch(next, { answers: { 'Who pays you?': ' ' } }, 30).answers).toEqual({});
  });

  it('merging keeps both sides’ notes, answers, tags and postings, and the later status', () => {
    const a = withPatch(
      demoEntry(),
      { notes: 'From the laptop.', answers: { Q1: 'A1' }, tags: ['medicaid'] },
      10,
    );
    const b = withPatch(
      withPosting(demoEntry(), 'Harborline', demoPosting('https://jobs.lever.co/harborline/1', 5), 5),
      {
        status: 'applied',
        notes: 'From the phone.',
        answers: { Q1: 'More on Q1', Q2: 'A2' },
        tags: ['ohio'],
      },
      20,
    );
    const m = mergeEntries(a, b);
    expect(m.notes).toContain('From the laptop.');
    expect(m.notes).toContain('From the phone.');
    expect(m.answers.Q1).toContain('A1');
    expect(m.answers.Q1).toContain('More on Q1');
    expect(m.answers.Q2).toBe('A2');
    expect(m.tags.sort()).toEqual(['medicaid', 'ohio']);
    expect(m.status).toBe('applied');
    expect(m.postings.map((p) => p.url).sort()).toEqual(
      [a.postings[0]!.url, 'https://jobs.lever.co/harborline/1'].sort(),
    );
    // Merging again changes nothing.
    expect(mergeEntries(m, b)).toEqual(mergeEntries(mergeEntries(a, b), b));
  });
});
