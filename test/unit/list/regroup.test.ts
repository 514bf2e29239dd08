// The user regrouping the list by hand (issue 13): merging companies loses no posting,
// note, tag or answer and remembers the merged-away names; moving a posting out takes
// nothing else with it; a later save finds where the user put the posting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS, urlKey, withPatch, withPosting } from '../../../src/core/list/entry-edits.ts';
import { mergeImport } from '../../../src/core/list/import.ts';
import { type Entry, type SavedPosting, STATUSES } from '../../../src/core/list/list-types.ts';
import { destinationFor, homeOf, mergeByHand, splitOff } from '../../../src/core/list/regroup.ts';
import { demoEntry, demoPosting } from './fixtures.ts';

const base = demoPosting();
const at = (url: string, savedAt: number): SavedPosting => ({ ...base, url, savedAt });
const job = (n: number) => `https://jobs.example/${n}`;

/** An entry named `name` holding postings at `urls`, saved at times 1, 2, ... */
function entryOf(name: string, urls: string[], now = 10): Entry {
  let e: Entry | null = null;
  urls.forEach((url, i) => {
    e = withPosting(e, name, at(url, i + 1), now);
  });
  return e ?? withPosting(null, name, at(job(0), 1), now);
}

describe('merging by hand', () => {
  const kept = withPatch(
    entryOf('Harborline Health', [job(1), job(2)], 10),
    {
      status: 'applied',
      notes: 'Dana, recruiter.',
      tags: ['medicaid'],
      answers: { 'Who pays?': 'The state.' },
    },
    100,
  );
  const other = withPatch(
    withPosting(entryOf('Harborline', [job(3)], 5), 'Harborline', at(job(2), 50), 50),
    {
      status: 'interviewing',
      notes: 'Phone screen on Monday.',
      tags: ['ohio', 'medicaid'],
      answers: { 'Who pays?': 'Health plans, per member.', 'How big?': '300 staff.' },
    },
    200,
  );

  it('keeps everything of both under the kept name and status', () => {
    const r = mergeByHand(kept, [other], 300);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.entry;
    expect([m.id, m.name, m.status]).toEqual(['harborline-health', 'Harborline Health', 'applied']);
    // Deduplicated by address, newest save (and so newest analysis) kept; newest first, the
    // kept company's first among saves at the same time.
    expect(m.postings.map((p) => [p.url, p.savedAt])).toEqual([
      [job(2), 50],
      [job(1), 1],
      [job(3), 1],
    ]);
    expect(m.notes).toContain('Dana, recruiter.');
    expect(m.notes).toContain('Phone screen on Monday.');
    expect(m.tags.sort()).toEqual(['medicaid', 'ohio']);
    expect(m.answers['Who pays?']).toContain('The state.');
    expect(m.answers['Who pays?']).toContain('Health plans, per member.');
    expect(m.answers['How big?']).toBe('300 staff.');
    // Both histories by time, and the kept status again from the merge on.
    expect(m.statusHistory.map((h) => [h.status, h.at])).toEqual([
      ['interested', 5],
      ['interested', 10],
      ['applied', 100],
      ['interviewing', 200],
      ['applied', 300],
    ]);
    expect(m.createdAt).toBe(5);
    expect(m.updatedAt).toBe(300);
    expect(m.aliases).toEqual(['harborline']);
  });

  it('carries the merged-away names of a company merged before', () => {
    const once = mergeByHand(kept, [{ ...other, aliases: ['harborline-inc-ohio'] }], 300);
    expect(once.ok && once.entry.aliases?.sort()).toEqual(['harborline', 'harborline-inc-ohio']);
  });

  it('refuses, and says why, rather than cut what does not fit one entry', () => {
    const many = (name: string, from: number) =>
      entryOf(
        name,
        Array.from({ length: 30 }, (_, i) => job(from + i)),
      );
    const r = mergeByHand(many('Alder Care', 0), [many('Alder', 100)], 1);
    expect(r).toEqual({
      ok: false,
      reason: `Together that is 60 postings; one company keeps at most ${LIST_LIMITS.postings}. Nothing was merged.`,
    });
  });
});

// Small entries from a small pool of addresses, questions and tags, so the entries merged
// share some of each.
const anEntry = (name: string) =>
  fc
    .record({
      postings: fc.uniqueArray(
        fc.record({ n: fc.integer({ min: 0, max: 6 }), savedAt: fc.integer({ min: 1, max: 99 }) }),
        { selector: (p) => p.n, maxLength: 4 },
      ),
      notes: fc.string({ maxLength: 30 }),
      tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
      answers: fc.dictionary(fc.constantFrom('Q1', 'Q2', 'Q3'), fc.string({ minLength: 1, maxLength: 20 })),
      status: fc.constantFrom(...STATUSES),
      createdAt: fc.integer({ min: 0, max: 50 }),
      updatedAt: fc.integer({ min: 50, max: 99 }),
    })
    .map(
      (r): Entry => ({
        ...withPosting(null, name, at(job(9), 0), r.createdAt),
        ...r,
        statusHistory: [{ status: r.status, at: r.createdAt }],
        postings: r.postings.map((p) => at(job(p.n), p.savedAt)),
      }),
    );

describe('merging never loses', () => {
  it('a posting address, a note, a tag or an answer, and merging again changes nothing', () => {
    fc.assert(
      fc.property(
        anEntry('Kept Co'),
        fc.array(fc.constantFrom('Other A', 'Other B', 'Other C'), { minLength: 1, maxLength: 3 }),
        fc.array(anEntry('x'), { minLength: 3, maxLength: 3 }),
        (kept, names, pool) => {
          const others = [...new Set(names)].map((name, i) => ({
            ...pool[i]!,
            id: name.toLowerCase().replace(' ', '-'),
            name,
          }));
          const r = mergeByHand(kept, others, 1_000);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const m = r.entry;
          const urls = new Set(m.postings.map((p) => urlKey(p.url)));
          expect(m.postings).toHaveLength(urls.size);
          for (const e of [kept, ...others]) {
            for (const p of e.postings) expect(urls.has(urlKey(p.url))).toBe(true);
            expect(m.notes).toContain(e.notes);
            for (const t of e.tags) expect(m.tags).toContain(t);
            for (const [q, a] of Object.entries(e.answers)) expect(m.answers[q]).toContain(a);
            for (const h of e.statusHistory) expect(m.statusHistory).toContainEqual(h);
          }
          // Each address keeps its latest save.
          for (const p of m.postings)
            for (const e of others)
              for (const q of e.postings)
                if (q.url === p.url) expect(p.savedAt).toBeGreaterThanOrEqual(q.savedAt);
          expect(m.status).toBe(kept.status);
          expect(m.createdAt).toBe(Math.min(kept.createdAt, ...others.map((o) => o.createdAt)));
          expect(m.aliases?.sort()).toEqual(others.map((o) => o.id).sort());
          // A merge repeated after a stop between its two writes: the same entry.
          const again = mergeByHand(m, others, 1_000);
          expect(again.ok && again.entry).toEqual(m);
        },
      ),
    );
  });
});

describe('moving a posting to another company', () => {
  const source = withPatch(
    entryOf('Harborline Health', [job(1), job(2), job(3)]),
    { notes: 'About Harborline Health.', answers: { 'Who pays?': 'The state.' } },
    20,
  );

  it('makes the other company’s entry, and leaves notes and answers where they were', () => {
    const r = splitOff(source, null, [job(2)], '  Harborline Dental ', 30);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.dest.id, r.dest.name, r.dest.status]).toEqual([
      'harborline-dental',
      'Harborline Dental',
      'interested',
    ]);
    expect(r.dest.postings.map((p) => p.url)).toEqual([job(2)]);
    expect([r.dest.notes, r.dest.answers]).toEqual(['', {}]);
    expect(r.source.postings.map((p) => p.url)).toEqual([job(3), job(1)]);
    expect(r.source.notes).toBe('About Harborline Health.');
    expect(r.source.answers).toEqual({ 'Who pays?': 'The state.' });
    expect(r.moved).toBe(1);
  });

  it('adds to a company on the list without a duplicate, and a repeat is harmless', () => {
    const dest = entryOf('Kinfolk', [job(2), job(7)]);
    const r = splitOff(source, dest, [`${job(2)}/#apply`], 'Kinfolk', 30);
    expect(r.ok && r.dest.postings.map((p) => p.url).sort()).toEqual([job(2), job(7)]);
    if (!r.ok) return;
    // Asked again (the reply was lost): nothing left to move, and nothing is wrong.
    expect(splitOff(r.source, r.dest, [job(2)], 'Kinfolk', 40)).toMatchObject({ ok: true, moved: 0 });
    // Stopped after the destination was written: the source still has it; moving again heals.
    const healed = splitOff(source, r.dest, [job(2)], 'Kinfolk', 40);
    expect(healed.ok && [healed.source.postings.length, healed.dest.postings.length]).toEqual([2, 2]);
  });

  it('refuses what would empty the company, move it into itself, or name no company', () => {
    const cases: [string[], string, RegExp][] = [
      [[job(1), job(2), job(3)], 'Other', /every posting.*merge them/],
      [[job(1)], 'Harborline Health, Inc.', /itself/],
      [[job(1)], ' ,. ', /Type the name/],
      [[job(8)], 'Other', /no longer saved/],
    ];
    for (const [urls, name, reason] of cases) {
      const r = splitOff(source, null, urls, name, 30);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });

  it('moving out under a name merged in makes that company its own entry again', () => {
    const merged = { ...source, aliases: ['harborline', 'harborline-ohio'] };
    expect(destinationFor([merged], merged, 'Harborline')).toBeNull();
    const r = splitOff(merged, null, [job(1)], 'Harborline', 30);
    expect(r.ok && [r.dest.id, r.source.aliases]).toEqual(['harborline', ['harborline-ohio']]);
    // A name merged into another company goes to that one; the company's own name, to itself.
    const other = { ...entryOf('Kinfolk', [job(7)]), aliases: ['kinfolk-bridge'] };
    expect(destinationFor([merged, other], merged, 'Kinfolk Bridge')?.id).toBe('kinfolk');
    expect(destinationFor([merged, other], merged, 'Harborline Health')?.id).toBe('harborline-health');
  });
});

describe('where a posting saved later belongs', () => {
  const a = { ...entryOf('Harborline Health', [job(1)]), aliases: ['harborline'] };
  const b = entryOf('Harborline Dental', [job(2)]);
  const list = [a, b];

  it('the entry holding its address, then the name’s own, then the one it was merged into', () => {
    expect(homeOf(list, 'harborline-health', `${job(2)}#top`)?.id).toBe('harborline-dental');
    expect(homeOf(list, 'harborline-dental', job(5))?.id).toBe('harborline-dental');
    expect(homeOf(list, 'harborline', job(5))?.id).toBe('harborline-health');
    expect(homeOf([...list, entryOf('Harborline', [job(6)])], 'harborline')?.id).toBe('harborline');
    expect(homeOf(list, 'kinfolk', job(5))).toBeNull();
  });

  it('an import of a company since merged away merges into the one it went to', () => {
    const old = withPatch(demoEntry('Harborline'), { notes: 'From an old export.' }, 1);
    const merged = mergeImport(list, [old]);
    expect(merged.map((e) => e.id).sort()).toEqual(['harborline-dental', 'harborline-health']);
    const kept = merged.find((e) => e.id === 'harborline-health')!;
    expect([kept.name, kept.aliases, kept.notes]).toEqual([
      'Harborline Health',
      ['harborline'],
      'From an old export.',
    ]);
    expect(kept.postings).toHaveLength(2);
  });
});
