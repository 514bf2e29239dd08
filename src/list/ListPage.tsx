// The saved list: a table to search, filter and sort, each company's own page, two to
// four companies side by side, companies merged by hand, and the list taken out (CSV,
// JSON, Markdown) and back in.
import { useEffect, useState } from 'preact/hooks';
import { toCsv, toJsonFile, toMarkdown } from '../core/list/export.ts';
import { type Entry, STATUS_NAMES, type Status } from '../core/list/list-types.ts';
import { importList, listAll, mergeCompanies, watchList } from '../ui/list-api.ts';
import { StatusOptions } from '../ui/StatusOptions.tsx';
import { Compare } from './Compare.tsx';
import { download } from './download.ts';
import { EntryDetail } from './EntryDetail.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { RecentSection } from './RecentSection.tsx';
import { rows, type SortKey } from './rows.ts';

const SORTS: [SortKey, string][] = [
  ['updated', 'Last changed'],
  ['name', 'Company'],
  ['status', 'Status'],
  ['vague', 'Most vague first'],
  ['fit', 'Best fit first'],
];

const stamp = () => new Date().toISOString().slice(0, 10);

export function ListPage() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [open, setOpen] = useState<string | null>(decodeURIComponent(location.hash.slice(1)) || null);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [merging, setMerging] = useState(false);

  useEffect(() => {
    const load = () =>
      listAll()
        .then((r) => {
          setEntries(r.entries);
          setUnreadable(r.unreadable);
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void load();
    return watchList(() => void load());
  }, []);

  useEffect(() => {
    history.replaceState(null, '', open ? `#${encodeURIComponent(open)}` : location.pathname);
  }, [open]);

  // One message at a time in the page's status or alert line: a new one replaces both.
  const say = (m: string) => {
    setError(null);
    setNotice(m);
  };
  const fail = (m: string) => {
    setNotice(null);
    setError(m);
  };

  const onMerge = async (keep: Entry, chosen: Entry[]) => {
    const others = chosen.filter((e) => e.id !== keep.id);
    setMerging(false);
    say(`Merging into ${keep.name}…`);
    try {
      const r = await mergeCompanies(
        keep.id,
        others.map((e) => e.id),
      );
      if (!r.ok) return fail(r.reason);
      say(`Merged ${others.map((e) => e.name).join(', ')} into ${keep.name}.`);
      setPicked([]);
    } catch (e) {
      fail(`Nothing was merged. ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    setError(null);
    try {
      const r = await importList(await file.text());
      if (r.ok)
        setNotice(
          `Imported ${file.name}: ${r.added} new ${r.added === 1 ? 'company' : 'companies'}, ${r.merged} merged with what you had.`,
        );
      else setError(`Nothing was imported from ${file.name}. ${r.reason}`);
    } catch (e) {
      setError(`Nothing was imported. ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (error && entries === null)
    return (
      <main class="page">
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (entries === null)
    return (
      <main class="page">
        <p class="muted">Loading your list…</p>
      </main>
    );
  const all = entries;
  const current = open ? all.find((e) => e.id === open) : undefined;
  const shown = rows(all, { status, text }, sort);
  // In the order picked; a company merged or removed meanwhile is no longer picked.
  const picks = picked.flatMap((id) => all.filter((e) => e.id === id));
  const exportAll = (kind: 'csv' | 'json' | 'md') => {
    if (kind === 'csv') download(`mission-lens-list-${stamp()}.csv`, 'text/csv', toCsv(all));
    else if (kind === 'json')
      download(`mission-lens-list-${stamp()}.json`, 'application/json', toJsonFile(all, Date.now()));
    else download(`mission-lens-list-${stamp()}.md`, 'text/markdown', toMarkdown(all));
  };

  return (
    <main class="page">
      <header class="page-head">
        <h1>Your saved companies</h1>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            data-testid="export-csv"
            disabled={!all.length}
            onClick={() => exportAll('csv')}
          >
            Export CSV
          </button>
          <button
            type="button"
            class="secondary"
            data-testid="export-json"
            disabled={!all.length}
            onClick={() => exportAll('json')}
          >
            Export JSON
          </button>
          <button
            type="button"
            class="secondary"
            data-testid="export-md"
            disabled={!all.length}
            onClick={() => exportAll('md')}
          >
            Export Markdown
          </button>
          <label class="file-button">
            Import JSON
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import-file"
              onChange={(e) => {
                void onImport(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </header>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="list-error">
          {error}
        </p>
      )}
      {unreadable.length > 0 && (
        <p class="error" role="alert">
          {unreadable.length} saved {unreadable.length === 1 ? 'entry' : 'entries'} could not be read (from a
          newer version, or damaged) and {unreadable.length === 1 ? 'was' : 'were'} left untouched:{' '}
          {unreadable.join(', ')}.
        </p>
      )}
      {current ? (
        <EntryDetail
          key={current.id}
          entry={current}
          companies={all.filter((e) => e.id !== current.id).map((e) => e.name)}
          onError={fail}
          onNotice={say}
          onClose={() => setOpen(null)}
        />
      ) : comparing ? (
        <Compare entries={all.filter((e) => picked.includes(e.id))} onClose={() => setComparing(false)} />
      ) : all.length === 0 ? (
        <section class="empty" data-testid="list-empty">
          <h2>No companies saved yet</h2>
          <p>
            Open a job posting, then press <strong>Save … to your list</strong> in the Mission Lens popup.
            Each company keeps its postings, your status and notes, and the answers it gave to your questions.
            You can also import a list you exported before.
          </p>
        </section>
      ) : (
        <>
          <div class="filters">
            <label class="field">
              <span>Search</span>
              <input
                type="search"
                data-testid="list-search"
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span>Status</span>
              <select
                data-testid="list-status"
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as Status | 'all')}
              >
                <option value="all">Any</option>
                <StatusOptions />
              </select>
            </label>
            <label class="field">
              <span>Sort by</span>
              <select
                data-testid="list-sort"
                value={sort}
                onChange={(e) => setSort(e.currentTarget.value as SortKey)}
              >
                {SORTS.map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="compare-picked"
              disabled={picks.length < 2 || picks.length > 4}
              onClick={() => setComparing(true)}
            >
              Compare {picks.length >= 2 ? picks.length : ''} side by side
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="merge-picked"
              disabled={picks.length < 2}
              aria-describedby={picks.length < 2 ? 'merge-why' : undefined}
              onClick={() => setMerging(true)}
            >
              Merge {picks.length >= 2 ? picks.length : ''} into one…
            </button>
            {picks.length < 2 && (
              <span id="merge-why" class="muted why" data-testid="merge-why">
                To merge companies, pick two or more.
              </span>
            )}
          </div>
          {merging && picks.length >= 2 && (
            <MergeDialog
              entries={picks}
              onMerge={(keep) => onMerge(keep, picks)}
              onCancel={() => setMerging(false)}
            />
          )}
          <p class="muted" aria-live="polite">
            {shown.length} of {all.length} {all.length === 1 ? 'company' : 'companies'}
            {picks.length > 0 ? `; ${picks.length} picked (compare 2 to 4, merge 2 or more)` : ''}
          </p>
          <div class="scroll">
            <table class="list" data-testid="list-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="sr">Compare</span>
                  </th>
                  <th scope="col">Company</th>
                  <th scope="col">Status</th>
                  <th scope="col">Segment</th>
                  <th scope="col">Who pays</th>
                  <th scope="col">Fit</th>
                  <th scope="col">Vague</th>
                  <th scope="col">Postings</th>
                  <th scope="col">Changed</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ entry, summary }) => (
                  <tr key={entry.id} data-id={entry.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Compare ${entry.name}`}
                        checked={picked.includes(entry.id)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          // From the latest picks, not this render's: two quick ticks keep both.
                          setPicked((now) => (on ? [...now, entry.id] : now.filter((id) => id !== entry.id)));
                        }}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        class="link"
                        data-testid="open-entry"
                        onClick={() => setOpen(entry.id)}
                      >
                        {entry.name}
                      </button>
                    </td>
                    <td data-testid="row-status">{STATUS_NAMES[entry.status]}</td>
                    <td>{summary.segment}</td>
                    <td>{summary.customers.join(', ') || 'not stated'}</td>
                    <td>{summary.fit}</td>
                    <td>{summary.vagueShare === null ? '—' : `${Math.round(summary.vagueShare * 100)}%`}</td>
                    <td>{entry.postings.length}</td>
                    <td>{new Date(entry.updatedAt).toLocaleDateString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {!current && !comparing && (
        <RecentSection saved={new Set(all.flatMap((e) => e.postings.map((p) => p.url)))} onError={fail} />
      )}
    </main>
  );
}
