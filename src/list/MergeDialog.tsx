// Merging the companies picked on the list into one (issue 13). The one question is which
// name to keep; the browser's own modal dialog keeps focus inside it, gives focus back
// when it closes, and closes on Escape, which cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Entry, STATUS_NAMES } from '../core/list/list-types.ts';

export function MergeDialog({
  entries,
  onMerge,
  onCancel,
}: {
  entries: Entry[];
  onMerge(keep: Entry): Promise<void>;
  onCancel(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [keep, setKeep] = useState(entries[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const kept = entries.find((e) => e.id === keep);
  return (
    <dialog
      ref={dialog}
      class="merge-dialog"
      aria-labelledby="merge-title"
      data-testid="merge-dialog"
      onClose={onCancel}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!kept || busy) return;
          setBusy(true);
          void onMerge(kept).finally(() => setBusy(false));
        }}
      >
        <h2 id="merge-title">Merge {entries.length} companies into one</h2>
        <fieldset>
          <legend>Name to keep</legend>
          {entries.map((e) => (
            <label class="check" key={e.id}>
              <input
                type="radio"
                name="merge-keep"
                value={e.id}
                checked={keep === e.id}
                onChange={() => setKeep(e.id)}
              />
              {e.name}{' '}
              <span class="muted">
                ({e.postings.length} {e.postings.length === 1 ? 'posting' : 'postings'},{' '}
                {STATUS_NAMES[e.status]})
              </span>
            </label>
          ))}
        </fieldset>
        <p class="muted">
          Every posting, note, tag and answer of each is kept, and the status is that of{' '}
          {kept?.name ?? 'the company kept'}. Postings you save later under the other names go to it too.
        </p>
        <div class="actions">
          <button type="submit" data-testid="merge-confirm" disabled={busy}>
            {busy ? 'Merging…' : 'Merge'}
          </button>
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
