// The parts of a theory of change, as form sections. The wizard shows them one at a
// time; the editor shows them all. Each takes the theory and reports a patch.
import { useState } from 'preact/hooks';
import { THEME_TRADEOFFS } from '../core/lexicon/tradeoffs.ts';
import { CUSTOMER_NAMES, capitalise, REVENUE_NAMES, THEME_NAMES } from '../core/theory/labels.ts';
import { RED_LINES, type RedLineId } from '../core/theory/red-lines.ts';
import { beliefSentence, clause, continueSentence, joinWords } from '../core/theory/review-text.ts';
import { LIMITS, type Theory } from '../core/theory/theory.ts';
import {
  type TradeoffEntry,
  type TradeoffRef,
  tradeoffByRef,
  tradeoffsFor,
} from '../core/theory/tradeoff-refs.ts';
import { type Stance, stanceOf, tradeoffTopic, withStance } from '../core/theory/weigh-list.ts';
import { CUSTOMERS, REVENUE_MODELS, THEMES, type Theme } from '../core/types.ts';

export interface FieldProps {
  theory: Theory;
  onChange: (patch: Partial<Theory>) => void;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);

function TextField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  rows?: number;
  onInput: (value: string) => void;
}) {
  const { id, label, hint, value, max, rows, onInput } = props;
  const Tag = rows ? 'textarea' : 'input';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint muted" id={`${id}-hint`}>
        {hint}
      </p>
      <Tag
        id={id}
        value={value}
        maxLength={max}
        rows={rows}
        aria-describedby={`${id}-hint ${id}-count`}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="count muted" id={`${id}-count`}>
        {value.length} / {max}
      </p>
    </div>
  );
}

export function BeliefFields({ theory, onChange }: FieldProps) {
  return (
    <div class="fields">
      <TextField
        id="belief"
        label="I believe…"
        hint="What should change. A theory worth having is one someone could disagree with."
        value={theory.belief}
        max={LIMITS.belief}
        rows={3}
        onInput={(belief) => onChange({ belief })}
      />
      <TextField
        id="because"
        label="…because"
        hint="Why it would help, and what it will cost: every fix in healthcare has a price someone pays."
        value={theory.because}
        max={LIMITS.because}
        rows={3}
        onInput={(because) => onChange({ because })}
      />
      <TextField
        id="area"
        label="The part of healthcare you want to improve"
        hint="Narrow beats broad: “mental health for teenagers” is easier to act on than “fix healthcare”."
        value={theory.area}
        max={LIMITS.area}
        onInput={(area) => onChange({ area })}
      />
    </div>
  );
}

function CheckList<T extends string>(props: {
  legend: string;
  hint: string;
  name: string;
  options: readonly T[];
  labelOf: (o: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  const { legend, hint, name, options, labelOf, chosen, onChange } = props;
  return (
    <fieldset class="checklist">
      <legend>{legend}</legend>
      <p class="hint muted">{hint}</p>
      {options.map((o) => (
        <label key={o} class="check">
          <input
            type="checkbox"
            name={name}
            value={o}
            checked={chosen.includes(o)}
            onChange={(e) => onChange(toggle(chosen, o, e.currentTarget.checked))}
          />
          {labelOf(o)}
        </label>
      ))}
    </fieldset>
  );
}

/** `themes`: the ones offered (the wizard offers the common ones); any already chosen is shown too. */
export function WayForwardFields({
  theory,
  onChange,
  themes = THEMES,
}: FieldProps & { themes?: readonly Theme[] }) {
  const offered = [...themes, ...theory.themes.filter((t) => !themes.includes(t))];
  return (
    <div class="fields">
      <CheckList
        legend="Which kinds of change are the way forward?"
        hint="The themes companies claim. Pick the ones your theory backs."
        name="themes"
        options={offered}
        labelOf={(t) => THEME_NAMES[t]}
        chosen={theory.themes}
        onChange={(themes) => onChange({ themes })}
      />
      <CheckList
        legend="Who should pay for it?"
        hint="The customer whose money keeps the company going decides what the company optimises for."
        name="customers"
        options={CUSTOMERS}
        labelOf={(c) => capitalise(CUSTOMER_NAMES[c])}
        chosen={theory.customers}
        onChange={(customers) => onChange({ customers })}
      />
      <CheckList
        legend="How should the company be paid?"
        hint="Each way of being paid rewards something different."
        name="revenue"
        options={REVENUE_MODELS}
        labelOf={(r) => capitalise(REVENUE_NAMES[r])}
        chosen={theory.revenue}
        onChange={(revenue) => onChange({ revenue })}
      />
    </div>
  );
}

function TradeoffChoice({ entry, theory, onChange }: FieldProps & { entry: TradeoffEntry }) {
  const stance = stanceOf(theory, entry);
  const set = (next: Stance) => onChange(withStance(theory, entry, next));
  const name = `tradeoff-${entry.ref}`;
  return (
    <fieldset class="tradeoff" data-ref={entry.ref}>
      <legend>{entry.text}</legend>
      <div class="stances">
        {(['accept', 'refuse', 'undecided'] as const).map((s) => (
          <label key={s} class={`stance ${s}`}>
            <input type="radio" name={name} value={s} checked={stance === s} onChange={() => set(s)} />
            {s === 'accept' ? 'I accept this' : s === 'refuse' ? 'I refuse this' : 'Undecided'}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface TradeoffGroup {
  id: string;
  title: string;
  entries: TradeoffEntry[];
}

function tradeoffGroups(
  theory: Theory,
  pinned: ReadonlySet<string>,
): { chosen: TradeoffGroup[]; others: TradeoffGroup[] } {
  const groups: (TradeoffGroup & { picked: boolean })[] = [
    ...THEMES.filter((t) => THEME_TRADEOFFS[t].length).map((t) => ({
      id: `theme-${t}`,
      entries: tradeoffsFor('theme', t),
      picked: theory.themes.includes(t),
    })),
    ...[...CUSTOMERS, ...REVENUE_MODELS, 'software-middleman', 'payer-unknown'].map((t) => ({
      id: `trait-${t}`,
      entries: tradeoffsFor('trait', t),
      picked: (theory.customers as string[]).includes(t) || (theory.revenue as string[]).includes(t),
    })),
  ]
    .filter((g) => g.entries.length > 0)
    .map((g) => ({ ...g, title: tradeoffTopic(g.entries[0]!) }));
  return {
    chosen: groups.filter((g) => g.picked || pinned.has(g.id)),
    others: groups.filter((g) => !g.picked && !pinned.has(g.id)),
  };
}

/** Groups with a choice already made when the section opens: shown in view, so a refusal is never hidden. */
function decidedGroups(theory: Theory): Set<string> {
  const ids = new Set<string>();
  for (const ref of [...theory.accepted, ...theory.refused]) {
    const [kind, key] = ref.split(':');
    ids.add(`${kind}-${key}`);
  }
  return ids;
}

export function TradeoffFields(props: FieldProps) {
  // Fixed when the section opens, so a group never jumps away from the choice just made.
  const [pinned] = useState(() => decidedGroups(props.theory));
  const { chosen, others } = tradeoffGroups(props.theory, pinned);
  const group = (g: TradeoffGroup) => (
    <div class="tradeoff-group" key={g.id}>
      <h3>{g.title}</h3>
      {g.entries.map((e) => (
        <TradeoffChoice key={e.ref} entry={e} {...props} />
      ))}
    </div>
  );
  return (
    <div class="fields">
      <p class="muted">
        Every way of making healthcare better costs something. Say which costs you accept and which you
        refuse: a posting that depends on a cost you refuse will show as in tension.
      </p>
      {chosen.length ? (
        chosen.map(group)
      ) : (
        <p class="muted">Pick a way forward first to see its tradeoffs here.</p>
      )}
      <details class="more-tradeoffs">
        <summary>Tradeoffs of the other themes and business models ({others.length})</summary>
        {others.map(group)}
      </details>
    </div>
  );
}

export function RedLineFields({ theory, onChange }: FieldProps) {
  const [draft, setDraft] = useState('');
  const addCustom = () => {
    const line = draft.trim();
    if (
      !line ||
      theory.customRedLines.includes(line) ||
      theory.customRedLines.length >= LIMITS.customRedLines
    )
      return;
    onChange({ customRedLines: [...theory.customRedLines, line] });
    setDraft('');
  };
  return (
    <div class="fields">
      <fieldset class="checklist">
        <legend>What you won't do for money: I won't work for a company that…</legend>
        <p class="hint muted">A posting that shows one of these is marked as crossing a red line.</p>
        {RED_LINES.map((r) => (
          <label key={r.id} class="check">
            <input
              type="checkbox"
              name="red-lines"
              value={r.id}
              checked={theory.redLines.includes(r.id)}
              onChange={(e) =>
                onChange({ redLines: toggle<RedLineId>(theory.redLines, r.id, e.currentTarget.checked) })
              }
            />
            {r.label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="custom-red-line">A red line in your own words: I won't work for a company that…</label>
        <p class="hint muted" id="custom-red-line-hint">
          A line that names how a company is paid (“is paid a fixed fee per member”) or a practice a posting
          can show (“denies care to raise margins”, “games risk scores”) is checked against each posting;
          every line is also a question to ask.
        </p>
        <div class="inline">
          <input
            id="custom-red-line"
            value={draft}
            maxLength={LIMITS.customRedLine}
            aria-describedby="custom-red-line-hint"
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addCustom();
              }
            }}
          />
          <button
            type="button"
            class="secondary"
            onClick={addCustom}
            disabled={theory.customRedLines.length >= LIMITS.customRedLines}
          >
            Add
          </button>
        </div>
        {theory.customRedLines.length > 0 && (
          <ul class="custom-lines" aria-label="Your own red lines">
            {theory.customRedLines.map((line) => (
              <li key={line}>
                <span>{line}</span>
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove red line: ${line}`}
                  onClick={() =>
                    onChange({ customRedLines: theory.customRedLines.filter((l) => l !== line) })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="field">
        <label for="salary">How much salary would you give up for mission?</label>
        <p class="hint muted" id="salary-hint">
          Decide before an offer arrives. A mission pitch is most persuasive when it comes with a lower
          salary.
        </p>
        <div class="inline">
          <input
            id="salary"
            type="range"
            min={0}
            max={LIMITS.salaryMax}
            step={1}
            value={theory.salaryTradePct}
            aria-describedby="salary-hint"
            aria-valuetext={`${theory.salaryTradePct} percent`}
            onInput={(e) => onChange({ salaryTradePct: Number(e.currentTarget.value) })}
          />
          <output for="salary" data-testid="salary-value">
            {theory.salaryTradePct} %
          </output>
        </div>
      </div>
    </div>
  );
}

function TradeoffList({ title, refs }: { title: string; refs: readonly TradeoffRef[] }) {
  const entries = refs.map(tradeoffByRef).filter((e) => e !== undefined);
  if (!entries.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="summary-tradeoffs">
        {entries.map((e) => (
          <li key={e.ref} data-ref={e.ref}>
            <strong>{tradeoffTopic(e)}:</strong> {e.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The theory read back as sentences, for the wizard's review and the editor's header. Parts not given are left out. */
export function TheorySummary({ theory }: { theory: Theory }) {
  const belief = beliefSentence(theory.belief, theory.because);
  const themes = theory.themes.map((t) => continueSentence(THEME_NAMES[t]));
  const lines = [
    ...theory.redLines.map((id) => RED_LINES.find((r) => r.id === id)?.label ?? id),
    ...theory.customRedLines.map((l) => continueSentence(l).replace(/[\s.]+$/, '')),
  ];
  const weighed = theory.accepted.length + theory.refused.length > 0;
  return (
    <div class="summary" data-testid="theory-summary">
      {theory.area && <p>The part of healthcare you want to improve: {clause(theory.area)}</p>}
      {belief && <p class="belief">{belief}</p>}
      {themes.length > 0 && <p>The way forward: {joinWords(themes)}.</p>}
      {theory.customers.length > 0 && (
        <p>
          Who should pay:{' '}
          {joinWords(
            theory.customers.map((c) => CUSTOMER_NAMES[c]),
            'or',
          )}
          .
        </p>
      )}
      {theory.revenue.length > 0 && (
        <p>
          How the company should be paid:{' '}
          {joinWords(
            theory.revenue.map((r) => REVENUE_NAMES[r]),
            'or',
          )}
          .
        </p>
      )}
      <TradeoffList title={`The costs you accept (${theory.accepted.length})`} refs={theory.accepted} />
      <TradeoffList title={`The costs you refuse (${theory.refused.length})`} refs={theory.refused} />
      {!weighed && <p>You have not accepted or refused any tradeoff yet.</p>}
      {lines.length > 0 && <p>You won't work for a company that {joinWords(lines, 'or')}.</p>}
      <p>
        {theory.salaryTradePct
          ? `You would give up as much as ${theory.salaryTradePct} % of your salary for the mission.`
          : 'You would not give up salary for the mission.'}
      </p>
    </div>
  );
}
