// The wizard's tradeoffs, one at a time: only those that bear on what the user backs,
// each answered with one key (A/R/S or 1/2/3) or one click, with the progress and the
// next tradeoff announced. The rest wait in the editor.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ALL_TRADEOFFS } from '../core/theory/tradeoff-refs.ts';
import {
  type Stance,
  stanceOf,
  tradeoffsToWeigh,
  tradeoffTopic,
  withStance,
} from '../core/theory/weigh-list.ts';
import type { FieldProps } from './fields.tsx';

const KEYS: Readonly<Record<string, Stance>> = {
  a: 'accept',
  '1': 'accept',
  r: 'refuse',
  '2': 'refuse',
  s: 'undecided',
  '3': 'undecided',
};

const DONE: Record<Stance, string> = { accept: 'Accepted', refuse: 'Refused', undecided: 'Skipped' };

const BUTTONS = [
  { stance: 'accept', label: 'Accept', keys: 'A 1', key: 'A' },
  { stance: 'refuse', label: 'Refuse', keys: 'R 2', key: 'R' },
  { stance: 'undecided', label: 'Skip', keys: 'S 3', key: 'S' },
] as const;

export function TradeoffStep(
  props: FieldProps & {
    /** Which tradeoff is shown; the list's length once all are answered. */
    at: number;
    onAt: (at: number) => void;
    /** All answered: the wizard moves focus to its Next button. */
    onDone: () => void;
    onBackToChoices: () => void;
  },
) {
  const { theory, at, onAt } = props;
  // Fixed when the step opens, so answering never reshuffles what is left.
  const [list] = useState(() => tradeoffsToWeigh(theory));
  const [said, setSaid] = useState<{ done: string; next: string } | null>(null);
  const index = Math.min(at, list.length);
  const entry = list[index];

  const answer = (stance: Stance) => {
    if (!entry) return;
    props.onChange(withStance(theory, entry, stance));
    const following = list[index + 1];
    const done = `${DONE[stance]}: ${tradeoffTopic(entry)}.`;
    setSaid({
      done,
      next: following
        ? ` Tradeoff ${index + 2} of ${list.length}, ${tradeoffTopic(following)}: ${following.text}`
        : ' That was the last one. Next goes on to your red lines.',
    });
    onAt(index + 1);
    if (!following) props.onDone();
  };
  // The document's listener reads the current render's `answer`, however fast the keys come.
  const latest = useRef(answer);
  latest.current = answer;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const stance = KEYS[e.key.toLowerCase()];
      const target = e.target as Element;
      if (!stance || target.closest('input, textarea, select, [contenteditable]')) return;
      if (target !== document.body && !target.closest('.wizard')) return;
      e.preventDefault();
      latest.current(stance);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!list.length)
    return (
      <div class="fields">
        <p>
          None of the tradeoffs bear on what you chose yet: they follow from the themes, payers and ways of
          being paid you back.
        </p>
        <p>
          <button type="button" class="link" onClick={props.onBackToChoices}>
            Go back to step 3: What you back
          </button>{' '}
          or go on: every tradeoff can be weighed in the editor once your theory is saved.
        </p>
      </div>
    );

  const counts = { accept: 0, refuse: 0, undecided: 0 };
  for (const e of list) counts[stanceOf(theory, e)]++;
  const rest = ALL_TRADEOFFS.length - list.length;

  return (
    <div class="fields">
      <p class="muted">
        Every way of making healthcare better costs something. Accept a cost you would live with; refuse one
        you would not, and a posting that depends on it shows as in tension.
      </p>
      {entry ? (
        <fieldset class="tradeoff-card" aria-describedby="tradeoff-text" data-ref={entry.ref}>
          <legend class="progress" data-testid="tradeoff-progress">
            {index + 1} of {list.length} · {tradeoffTopic(entry)}
          </legend>
          <p class="tradeoff-text" id="tradeoff-text">
            {entry.text}
          </p>
          {stanceOf(theory, entry) !== 'undecided' && (
            <p class="muted">
              You {stanceOf(theory, entry) === 'accept' ? 'accept' : 'refuse'} this now; answer again to
              change it.
            </p>
          )}
          <div class="stance-buttons">
            {BUTTONS.map((b) => (
              <button
                key={b.stance}
                type="button"
                class={`secondary stance-${b.stance}`}
                aria-keyshortcuts={b.keys}
                aria-pressed={b.stance === 'undecided' ? undefined : stanceOf(theory, entry) === b.stance}
                onClick={() => answer(b.stance)}
              >
                {/* The key is part of the name ("Accept A"): what is seen is what is read. */}
                {b.label} <kbd>{b.key}</kbd>
              </button>
            ))}
          </div>
          <p class="hint muted">Keys: A or 1 to accept, R or 2 to refuse, S or 3 to skip.</p>
          {index > 0 && (
            <button type="button" class="link" onClick={() => onAt(index - 1)}>
              Previous tradeoff
            </button>
          )}
        </fieldset>
      ) : (
        <div class="tradeoff-card done" data-testid="tradeoffs-done">
          <p>
            All {list.length} weighed: {counts.accept} accepted, {counts.refuse} refused, {counts.undecided}{' '}
            skipped.
          </p>
          <button type="button" class="link" onClick={() => onAt(0)}>
            Go through them again
          </button>
        </div>
      )}
      <p class="muted">
        The other {rest} tradeoffs, of themes and business models you did not choose, are in the editor once
        your theory is saved.
      </p>
      <p role="status" class="said" data-testid="tradeoff-said">
        {said?.done}
        <span class="sr">{said?.next}</span>
      </p>
    </div>
  );
}
