// The home of the user's theory of change: a guided wizard the first time (or on
// request) that ends on what to do next, an editor that saves as you type afterwards,
// and import/export.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Theory } from '../core/theory/theory.ts';
import { getTheory, saveTheory } from './api.ts';
import { BeliefFields, RedLineFields, TheorySummary, TradeoffFields, WayForwardFields } from './fields.tsx';
import { ImportExport } from './ImportExport.tsx';
import { NextSteps } from './NextSteps.tsx';
import { Wizard } from './Wizard.tsx';

// storage.sync allows 120 writes a minute and 1,800 an hour; one save per pause in typing stays far inside.
const SAVE_DELAY_MS = 1_000;

type Status = { kind: 'idle' | 'saving' | 'saved' | 'error'; text: string };

function placeText(place: 'sync' | 'local', note: string | null): string {
  if (note) return note;
  return place === 'sync'
    ? 'Saved, and synced with your browser account if sync is on.'
    : 'Saved on this device.';
}

export function OptionsPage({ hash }: { hash: string }) {
  const [theory, setTheory] = useState<Theory | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [wizard, setWizard] = useState(false);
  // Just finished the wizard: show where to go next rather than the long editor.
  const [finished, setFinished] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const pending = useRef<Theory | null>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const wasFinished = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    getTheory()
      .then((reply) => {
        setTheory(reply.theory);
        setProblem(reply.problem);
        setWizard(!reply.theory);
        if (reply.theory && reply.place) setStatus({ kind: 'saved', text: placeText(reply.place, null) });
      })
      .catch((error) => setProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setLoaded(true));
  }, []);

  const store = useCallback(async (next: Theory): Promise<string | null> => {
    setStatus({ kind: 'saving', text: 'Saving…' });
    try {
      const reply = await saveTheory(next);
      if (!reply.ok) {
        setStatus({ kind: 'error', text: reply.reason });
        return reply.reason;
      }
      setStatus({ kind: 'saved', text: placeText(reply.place, reply.note) });
      return null;
    } catch (error) {
      const text = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      setStatus({ kind: 'error', text });
      return text;
    }
  }, []);

  useEffect(() => {
    // Leaving the next steps for the editor: the button that had focus is gone, so focus
    // goes on to the editor it opened.
    if (wasFinished.current && !finished) editorHeading.current?.focus();
    wasFinished.current = finished;
  }, [finished]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) void store(next);
  }, [store]);

  useEffect(() => {
    // Leaving the page must not lose the last edit still waiting for its debounce.
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      removeEventListener('pagehide', flush);
    };
  }, [flush]);

  // Edits are saved a moment after the last keystroke: storage.sync limits how often it
  // may be written.
  const edit = (patch: Partial<Theory>) => {
    setTheory((current) => {
      if (!current) return current;
      const next = { ...current, ...patch, updatedAt: Date.now() };
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
      setStatus({ kind: 'saving', text: 'Unsaved changes…' });
      return next;
    });
  };

  const replace = async (next: Theory): Promise<string | null> => {
    const failed = await store(next);
    if (!failed) {
      setTheory(next);
      setWizard(false);
      if (location.hash) history.replaceState(null, '', location.pathname);
    }
    return failed;
  };

  const finishWizard = async (next: Theory): Promise<string | null> => {
    const failed = await replace(next);
    if (!failed) setFinished(true);
    return failed;
  };

  return (
    <main>
      <header>
        <h1 class="page-title">Mission Lens</h1>
        <p class="muted">Your theory of change, and what each job posting says against it.</p>
      </header>
      {problem && (
        <p class="error" role="alert">
          {problem} The stored copy is left as it is until you save a new theory.
        </p>
      )}
      {!loaded && <section class="placeholder" aria-busy="true" aria-label="Loading your theory" />}
      {loaded && wizard && (
        <Wizard
          welcome={hash === '#welcome' || !theory}
          onFinish={finishWizard}
          onCancel={theory ? () => setWizard(false) : null}
        />
      )}
      {loaded && !wizard && theory && finished && (
        <NextSteps status={status} onEdit={() => setFinished(false)} />
      )}
      {loaded && !wizard && theory && !finished && (
        <>
          <section aria-labelledby="theory" class="editor-head">
            <h2 id="theory" ref={editorHeading} tabIndex={-1}>
              Your theory of change
            </h2>
            <TheorySummary theory={theory} />
            <p class="status" role="status" data-testid="save-status" data-kind={status.kind}>
              {status.text}
            </p>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setFinished(false);
                setWizard(true);
              }}
            >
              Start again from an example
            </button>
          </section>
          <section aria-labelledby="edit-belief">
            <h2 id="edit-belief">Your belief</h2>
            <BeliefFields theory={theory} onChange={edit} />
          </section>
          <section aria-labelledby="edit-way">
            <h2 id="edit-way">The way forward</h2>
            <WayForwardFields theory={theory} onChange={edit} />
          </section>
          <section aria-labelledby="edit-tradeoffs">
            <h2 id="edit-tradeoffs">Tradeoffs</h2>
            <TradeoffFields theory={theory} onChange={edit} />
          </section>
          <section aria-labelledby="edit-lines">
            <h2 id="edit-lines">Red lines and pay</h2>
            <RedLineFields theory={theory} onChange={edit} />
          </section>
        </>
      )}
      {loaded && (
        <ImportExport
          theory={theory}
          inWizard={wizard}
          onImport={async (t) => {
            const failed = await replace(t);
            if (!failed) setFinished(false);
            return failed;
          }}
        />
      )}
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Mission Lens reads job postings inside your browser and sends nothing anywhere. Your theory is kept
          in your browser's storage (synced between your own browsers when browser sync is on). It reads pages
          by itself only on job boards; on any other page it reads only when you ask it to from the toolbar
          button.
        </p>
      </section>
    </main>
  );
}
