// The theory as a JSON file: export to keep or share it, import to restore it. An
// imported file is fully checked first; a bad one changes nothing and says why.
import { useRef, useState } from 'preact/hooks';
import type { Theory } from '../core/theory/theory.ts';
import { theoryFromFile, theoryToFile } from '../shared/theory-schema.ts';

export function ImportExport(props: {
  theory: Theory | null;
  /** The wizard is open: what it holds is a draft, not yet a theory to export. */
  inWizard: boolean;
  onImport: (t: Theory) => Promise<string | null>;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  // Only a saved theory is exported: the wizard's draft is not one until its last step.
  const why = !props.theory
    ? 'Nothing to export yet: your theory is saved at the end of the wizard, and can be exported from then on.'
    : props.inWizard
      ? 'Export saves the theory you saved before. What you change in the wizard is exported once you save it.'
      : null;

  const exportFile = () => {
    if (!props.theory) return;
    const url = URL.createObjectURL(new Blob([theoryToFile(props.theory)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'mission-lens-theory-of-change.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ ok: true, text: 'Exported to mission-lens-theory-of-change.json.' });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = theoryFromFile(await file.text());
    if (!read.ok) {
      setMessage({
        ok: false,
        text: `Nothing was changed. “${file.name}” could not be imported: ${read.reason}`,
      });
      return;
    }
    const failed = await props.onImport({ ...read.theory, updatedAt: Date.now() });
    setMessage(
      failed
        ? { ok: false, text: `Nothing was changed: ${failed}` }
        : { ok: true, text: `Imported your theory from “${file.name}”.` },
    );
  };

  return (
    <section aria-labelledby="files">
      <h2 id="files">Import and export</h2>
      <p class="muted">
        Keep a copy of your theory as a file, or restore one. Importing replaces the current theory.
      </p>
      <div class="inline">
        <button
          type="button"
          class="secondary"
          onClick={exportFile}
          disabled={!props.theory}
          aria-describedby={why ? 'export-why' : undefined}
        >
          Export as a file
        </button>
        <button type="button" class="secondary" onClick={() => picker.current?.click()}>
          Import a file
        </button>
        <input
          ref={picker}
          id="import-file"
          hidden
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      {why && (
        <p class="muted" id="export-why" data-testid="export-why">
          {why}
        </p>
      )}
      <p
        class={message?.ok === false ? 'error' : 'muted'}
        role={message?.ok === false ? 'alert' : 'status'}
        data-testid="import-status"
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
