// The posting's company on the user's list, shown in the frame (never in the page, which
// must not learn what the user saved): its status, or a button that saves it.
import { useEffect, useState } from 'preact/hooks';
import { type Entry, STATUS_NAMES } from '../core/list/list-types.ts';
import { entryFor, openList, saveHere, watchList } from '../ui/list-api.ts';

export function ListStatus({ company, url }: { company: string | null; url: string | undefined }) {
  const [entry, setEntry] = useState<Entry | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!company) return;
    const load = () =>
      entryFor(company, url)
        .then((r) => setEntry(r.entry))
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void load();
    return watchList(() => void load());
  }, [company, url]);
  if (!company || entry === undefined) return null;
  const save = () =>
    saveHere()
      .then((r) => (r.ok ? setEntry(r.entry) : setError(r.reason)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <section class="list-status" data-part="list-status">
      {entry ? (
        <p>
          On your list: <strong>{STATUS_NAMES[entry.status]}</strong>, {entry.postings.length}{' '}
          {entry.postings.length === 1 ? 'posting' : 'postings'} saved.{' '}
          <button type="button" class="link" onClick={() => openList(entry.id)}>
            Open your list
          </button>
        </p>
      ) : (
        <button type="button" data-action="save" onClick={save}>
          Save {company} to your list
        </button>
      )}
      {error && <p class="error">{error}</p>}
    </section>
  );
}
