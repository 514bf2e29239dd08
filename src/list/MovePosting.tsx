// Moving one posting of a company to another (issue 13: a board that files two companies
// under one name). The user types the other company's name, or picks one from the list;
// its entry is made if need be. Escape or Cancel closes the form and changes nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry, SavedPosting } from '../core/list/list-types.ts';
import { movePostings } from '../ui/list-api.ts';

/** The id of the datalist of company names (rendered once by the company's page). */
export const COMPANY_NAMES = 'company-names';

export function MovePosting({
  entry,
  posting,
  onNotice,
  onError,
}: {
  entry: Entry;
  posting: SavedPosting;
  onNotice(m: string): void;
  onError(m: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    setTo('');
    opener.current?.focus();
  };
  const title = posting.title ?? 'Untitled posting';
  const move = async () => {
    setBusy(true);
    try {
      const r = await movePostings(entry.id, [posting.url], to);
      if (r.ok) {
        onNotice(`Moved “${title}” from ${entry.name} to ${r.dest.name}.`);
        setOpen(false);
      } else onError(`“${title}” was not moved. ${r.reason}`);
    } catch (e) {
      onError(`“${title}” was not moved. ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="move">
      <button
        ref={opener}
        type="button"
        class="link"
        data-testid="move-posting"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Move to another company…
      </button>
      {open && (
        <form
          class="move-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (to.trim() && !busy) void move();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        >
          <label class="field">
            <span>Company to move “{title}” to</span>
            <input
              ref={input}
              data-testid="move-to"
              list={COMPANY_NAMES}
              maxLength={300}
              value={to}
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </label>
          <p class="muted">Your notes and answers stay with {entry.name}.</p>
          <button type="submit" data-testid="move-confirm" disabled={busy || !to.trim()}>
            {busy ? 'Moving…' : 'Move'}
          </button>
          <button type="button" class="secondary" onClick={close}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
