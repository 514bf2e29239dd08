// The theory as a JSON file: export to keep or share it, import to restore it. An
// imported file is fully checked first; a bad one changes nothing and says why.
import { useRef, useState } from 'preact/hooks';
import type { Theory } from '../core/theory/theory.ts';
import { theoryFromFile, theoryToFile } from '../shared/theory-schema.ts';

export function ImportExport(props: {
  theory: Theory | null;
  onImport: (t: Theory) => Promise<string | null>;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const picker = useRef<HTMLInputElement>(null);

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
        <button type="button" class="secondary" onClick={exportFile} disabled={!props.theory}>
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
