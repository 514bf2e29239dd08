// The guided first run: pick a starting point, then one part of the theory per step,
// then review and save. The theory itself is saved only at the last step; the work in
// progress is kept as a draft, so leaving halfway and coming back resumes where it was.
import { useEffect, useRef, useState } from 'preact/hooks';
import { BLANK_TEMPLATE_ID, TEMPLATES, theoryFromTemplate } from '../core/theory/templates.ts';
import type { Theory } from '../core/theory/theory.ts';
import { BeliefFields, RedLineFields, TheorySummary, TradeoffFields, WayForwardFields } from './fields.tsx';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft.ts';

const STEPS = ['Start', 'Your belief', 'The way forward', 'Tradeoffs', 'Red lines', 'Review'] as const;

export function Wizard(props: {
  welcome: boolean;
  onFinish: (theory: Theory) => Promise<string | null>;
  onCancel: (() => void) | null;
}) {
  const [step, setStep] = useState(0);
  const [template, setTemplate] = useState<string>(TEMPLATES[0]!.id);
  const [draft, setDraft] = useState<Theory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const restored = useRef(false);

  useEffect(() => {
    void loadDraft().then((saved) => {
      restored.current = true;
      if (!saved) return;
      setTemplate(saved.template);
      setDraft(saved.theory);
      setStep(saved.theory ? Math.min(saved.step, STEPS.length - 1) : 0);
    });
  }, []);

  useEffect(() => {
    // Wait for the restore, so an empty first render never overwrites a saved draft.
    if (restored.current) saveDraft({ step, template, theory: draft });
  }, [step, template, draft]);

  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen-reader users follow.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const patch = (p: Partial<Theory>) => setDraft((d) => (d ? { ...d, ...p } : d));
  const next = () => {
    if (step === 0 && (!draft || draft.template !== (template === BLANK_TEMPLATE_ID ? null : template)))
      setDraft(theoryFromTemplate(template, Date.now()));
    setStep((s) => Math.min(s + 1, STEPS.length - 1));
  };
  const finish = async () => {
    if (!draft) return;
    setBusy(true);
    const failure = await props.onFinish({ ...draft, updatedAt: Date.now() });
    if (failure === null) clearDraft();
    setError(failure);
    setBusy(false);
  };

  return (
    <section class="wizard" aria-labelledby="wizard-title" data-step={step}>
      {props.welcome && step === 0 && (
        <div class="welcome">
          <h1>Welcome to Mission Lens</h1>
          <p>
            Nearly every healthcare company says it is mission-driven, and their missions often contradict
            each other. Before you compare them, write down your own view of what would make healthcare better
            and what you would trade for it. It takes about five minutes, and you can change it any time.
          </p>
        </div>
      )}
      <ol class="steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined} class={i < step ? 'done' : ''}>
            {s}
          </li>
        ))}
      </ol>
      <h2 id="wizard-title" ref={heading} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>

      {step === 0 && (
        <fieldset class="templates">
          <legend>Start from an example theory and make it yours, or from a blank page.</legend>
          {[...TEMPLATES, { id: BLANK_TEMPLATE_ID, name: 'Blank', gist: 'Write your own from scratch.' }].map(
            (t) => (
              <label key={t.id} class="template">
                <input
                  type="radio"
                  name="template"
                  value={t.id}
                  checked={template === t.id}
                  onChange={() => setTemplate(t.id)}
                />
                <span>
                  <strong>{t.name}</strong>
                  <span class="muted"> {t.gist}</span>
                </span>
              </label>
            ),
          )}
        </fieldset>
      )}
      {draft && step === 1 && <BeliefFields theory={draft} onChange={patch} />}
      {draft && step === 2 && <WayForwardFields theory={draft} onChange={patch} />}
      {draft && step === 3 && <TradeoffFields theory={draft} onChange={patch} />}
      {draft && step === 4 && <RedLineFields theory={draft} onChange={patch} />}
      {draft && step === 5 && (
        <div>
          <p>This is your theory of change. Mission Lens will hold each job posting up against it.</p>
          <TheorySummary theory={draft} />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="wizard-nav">
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => setStep((s) => s - 1)}>
            Back
          </button>
        )}
        {step === 0 && props.onCancel && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              clearDraft();
              props.onCancel?.();
            }}
          >
            Keep my current theory
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" onClick={next}>
            Next
          </button>
        ) : (
          <button type="button" onClick={finish} disabled={busy}>
            {busy ? 'Saving…' : 'Save my theory'}
          </button>
        )}
      </div>
    </section>
  );
}
