// Saving the posting's company to the list, right under the summary: one button when it
// is not saved yet; once saved, its status and notes, and the way to the whole list.
import { useEffect, useState } from 'preact/hooks';
import type { Entry, Status } from '../core/list/list-types.ts';
import { entryFor, openList, saveTab, updateEntry, watchList } from '../ui/list-api.ts';
import { StatusOptions } from '../ui/StatusOptions.tsx';

export function SaveSection({ tabId, company, url }: { tabId: number; company: string | null; url: string }) {
  const [entry, setEntry] = useState<Entry | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState('');

  useEffect(() => {
    if (!company) return;
    const load = () =>
      // With the address: a posting the user moved to another company shows that one.
      entryFor(company, url)
        .then((r) => {
          setEntry(r.entry);
          setNotes((n) => (document.activeElement?.id === 'save-notes' ? n : (r.entry?.notes ?? '')));
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void load();
    return watchList(() => void load());
  }, [company, url]);

  if (!company) return null;
  const act = async (work: () => Promise<{ ok: true; entry: Entry } | { ok: false; reason: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await work();
      if (r.ok) setEntry(r.entry);
      else setError(r.reason);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card save" aria-labelledby="save-title" data-testid="save-section">
      <h2 id="save-title">Your list</h2>
      {entry === undefined && !error && <p class="muted">Checking your list…</p>}
      {entry === null && (
        <button
          type="button"
          data-testid="save-company"
          disabled={busy}
          onClick={() => act(() => saveTab(tabId))}
        >
          Save {company} to your list
        </button>
      )}
      {entry && (
        <>
          <p data-testid="saved-note">
            Saved, with {entry.postings.length} {entry.postings.length === 1 ? 'posting' : 'postings'}.{' '}
            <button
              type="button"
              class="link"
              data-testid="save-again"
              disabled={busy}
              onClick={() => act(() => saveTab(tabId))}
            >
              Save this posting again
            </button>
          </p>
          <label class="field">
            <span>Status</span>
            <select
              data-testid="save-status"
              value={entry.status}
              disabled={busy}
              onChange={(e) => act(() => updateEntry(entry.id, { status: e.currentTarget.value as Status }))}
            >
              <StatusOptions />
            </select>
          </label>
          <label class="field">
            <span>Notes</span>
            <textarea
              id="save-notes"
              data-testid="save-notes"
              rows={3}
              value={notes}
              onInput={(e) => setNotes(e.currentTarget.value)}
              onBlur={() => notes !== entry.notes && act(() => updateEntry(entry.id, { notes }))}
            />
          </label>
          <button type="button" class="link" data-testid="open-list" onClick={() => openList(entry.id)}>
            Open your list
          </button>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
