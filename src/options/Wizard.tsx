// The guided first run, about three minutes: a starting point, the belief in the user's
// words, what they back, the tradeoffs that bear on it one at a time, red lines, then a
// review that reads as sentences. The theory is saved only at the last step; the work in
// progress is kept as a draft, so leaving halfway and coming back resumes where it was.
// Each step is a form: Enter (Ctrl+Enter in a text box) goes on, so the keyboard never
// has to travel to the Next button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { BLANK_TEMPLATE_ID, TEMPLATES, theoryFromTemplate } from '../core/theory/templates.ts';
import type { Theory } from '../core/theory/theory.ts';
import { type TheoryPart, theoryGaps, WAY_FORWARD_THEMES } from '../core/theory/weigh-list.ts';
import { BeliefFields, RedLineFields, TheorySummary, WayForwardFields } from './fields.tsx';
import { TradeoffStep } from './TradeoffStep.tsx';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft.ts';

const STEPS = ['Start', 'Your belief', 'What you back', 'Tradeoffs', 'Red lines', 'Review'] as const;
const REVIEW = STEPS.length - 1;

/** What each step's keyboard does, shown beside its Next button. */
const KEYS_HINT = [
  'Arrow keys choose; Enter goes to the next step.',
  'Ctrl+Enter (⌘+Enter on a Mac) goes to the next step.',
  'Space ticks a box; Enter goes to the next step.',
  'Enter on Next goes to your red lines; skipped tradeoffs stay undecided.',
  'Space ticks a box; Enter goes to the review.',
  '',
];

const PART_STEP: Record<TheoryPart, number> = { belief: 1, choices: 2, tradeoffs: 3, 'red-lines': 4 };

const BLANK = { id: BLANK_TEMPLATE_ID, name: 'Write my own', gist: 'Start from a blank page.' };

/** Enter on a tick box, radio button or slider, or Ctrl+Enter in a text box, submits the step. */
function submitOnEnter(e: KeyboardEvent) {
  if (e.key !== 'Enter' || e.isComposing) return;
  const t = e.target;
  const choice = t instanceof HTMLInputElement && ['checkbox', 'radio', 'range'].includes(t.type);
  const text = t instanceof HTMLTextAreaElement && (e.ctrlKey || e.metaKey);
  if (!choice && !text) return;
  e.preventDefault();
  (e.currentTarget as HTMLFormElement).requestSubmit();
}

function TemplateChoice(props: { template: string; onChange: (id: string) => void }) {
  const option = (t: { id: string; name: string; gist: string }) => (
    <label key={t.id} class="template">
      <input
        type="radio"
        name="template"
        value={t.id}
        checked={props.template === t.id}
        onChange={() => props.onChange(t.id)}
      />
      <span>
        <strong>{t.name}</strong>
        <span class="muted"> {t.gist}</span>
      </span>
    </label>
  );
  return (
    <fieldset class="templates">
      <legend>Where would you like to start? Anything you pick, you can change on the next steps.</legend>
      {option(BLANK)}
      {/* One radio group (one name) in two labelled parts: the arrow keys go through all of it. */}
      <fieldset class="templates">
        <legend>Or start from a view many people hold</legend>
        {TEMPLATES.filter((t) => t.kind === 'common').map(option)}
      </fieldset>
      <fieldset class="templates">
        <legend>Or from a sharper, more particular example</legend>
        {TEMPLATES.filter((t) => t.kind === 'example').map(option)}
      </fieldset>
    </fieldset>
  );
}

const GAP_TEXT: Record<TheoryPart, string> = {
  belief:
    'You have not written your belief. Postings are compared without it, but it is what you will tell a company.',
  choices: 'You have not chosen a theme, a payer or a way of being paid.',
  tradeoffs: 'You have not accepted or refused any tradeoff.',
  'red-lines': 'You have no red lines.',
};

/** The review: the theory as sentences, and what it lacks, each with the way back to its step. */
function Review(props: { theory: Theory; onGo: (step: number) => void }) {
  const gaps = theoryGaps(props.theory);
  const go = (part: TheoryPart) => (
    <button type="button" class="link" onClick={() => props.onGo(PART_STEP[part])}>
      Go to step {PART_STEP[part] + 1}: {STEPS[PART_STEP[part]]}
    </button>
  );
  if (gaps.empty)
    return (
      <div class="gaps empty" data-testid="theory-empty" id="theory-empty">
        <p>
          <strong>There is nothing to save yet.</strong> Mission Lens holds each posting up against what you
          back and your red lines, and this theory has neither. Add at least one:
        </p>
        <ul>
          <li>A theme, a payer or a way of being paid. {go('choices')}</li>
          <li>A red line. {go('red-lines')}</li>
        </ul>
      </div>
    );
  const notes = gaps.missing.filter((p) => p === 'belief' || p === 'tradeoffs');
  return (
    <div>
      <p>This is your theory of change. Mission Lens will hold each job posting up against it.</p>
      <TheorySummary theory={props.theory} />
      {notes.length > 0 && (
        <ul class="gaps" data-testid="theory-gaps">
          {notes.map((p) => (
            <li key={p}>
              {GAP_TEXT[p]} {go(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Wizard(props: {
  welcome: boolean;
  onFinish: (theory: Theory) => Promise<string | null>;
  onCancel: (() => void) | null;
}) {
  const [step, setStep] = useState(0);
  const [template, setTemplate] = useState<string>(BLANK_TEMPLATE_ID);
  const [draft, setDraft] = useState<Theory | null>(null);
  const [tradeoffAt, setTradeoffAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  const restored = useRef(false);

  useEffect(() => {
    void loadDraft().then((saved) => {
      restored.current = true;
      if (!saved) return;
      setTemplate(saved.template);
      setDraft(saved.theory);
      setStep(saved.theory ? Math.min(saved.step, REVIEW) : 0);
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
  const goTo = (n: number) => {
    setError(null);
    setStep(Math.max(0, Math.min(n, REVIEW)));
  };
  const next = () => {
    if (step === 0 && (!draft || draft.template !== (template === BLANK_TEMPLATE_ID ? null : template))) {
      setDraft(theoryFromTemplate(template, Date.now()));
    }
    // Coming from the choices, the tradeoffs start at the first: the list may have changed.
    if (step === 2) setTradeoffAt(0);
    goTo(step + 1);
  };
  const finish = async () => {
    if (!draft || theoryGaps(draft).empty) return;
    setBusy(true);
    const failure = await props.onFinish({ ...draft, updatedAt: Date.now() });
    if (failure === null) clearDraft();
    setError(failure);
    setBusy(false);
  };
  const empty = step === REVIEW && draft !== null && theoryGaps(draft).empty;

  return (
    <section class="wizard" aria-labelledby="wizard-title" data-step={step}>
      {props.welcome && step === 0 && (
        <div class="welcome">
          <h1>Welcome to Mission Lens</h1>
          <p>
            Nearly every healthcare company says it is mission-driven, and their missions often contradict
            each other. Before you compare them, write down your own view of what would make healthcare better
            and what you would trade for it. It takes about three minutes, and you can change it any time.
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
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (step === REVIEW) void finish();
          else next();
        }}
        onKeyDown={submitOnEnter}
      >
        {step > 0 && (
          <button type="button" class="link back" onClick={() => goTo(step - 1)}>
            ← Back to {STEPS[step - 1]}
          </button>
        )}
        <h2 id="wizard-title" ref={heading} tabIndex={-1}>
          Step {step + 1} of {STEPS.length}: {STEPS[step]}
        </h2>

        {step === 0 && <TemplateChoice template={template} onChange={setTemplate} />}
        {draft && step === 1 && <BeliefFields theory={draft} onChange={patch} />}
        {draft && step === 2 && (
          <WayForwardFields theory={draft} onChange={patch} themes={WAY_FORWARD_THEMES} />
        )}
        {draft && step === 3 && (
          <TradeoffStep
            theory={draft}
            onChange={patch}
            at={tradeoffAt}
            onAt={setTradeoffAt}
            onDone={() => nextButton.current?.focus()}
            onBackToChoices={() => goTo(2)}
          />
        )}
        {draft && step === 4 && <RedLineFields theory={draft} onChange={patch} />}
        {draft && step === REVIEW && <Review theory={draft} onGo={goTo} />}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="wizard-nav">
          {step < REVIEW ? (
            <button type="submit" ref={nextButton} aria-describedby="wizard-keys">
              Next
            </button>
          ) : (
            !empty && (
              <button type="submit" disabled={busy}>
                {busy ? 'Saving…' : 'Save my theory'}
              </button>
            )
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
          <p class="hint muted" id="wizard-keys">
            {KEYS_HINT[step]}
          </p>
        </div>
      </form>
    </section>
  );
}
