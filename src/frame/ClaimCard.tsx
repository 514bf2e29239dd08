// One claim as the card shows it: its theme and whether it is vague, what it names and
// leaves out, the tradeoff it raises (or how it sits with the user's theory), and what
// to ask. Everything here comes from the worker's stored analysis, never from the page.
import type { Comparison, FitItem } from '../core/theory/fit-types.ts';
import { THEME_NAMES } from '../core/theory/labels.ts';
import type { Claim } from '../core/types.ts';

const VERDICT: Record<FitItem['verdict'], string> = {
  aligned: 'Fits your theory',
  tension: 'In tension with your theory',
  unknown: 'Not covered by your theory',
};

const NAMES: { key: keyof Claim['names']; says: string; missing: string }[] = [
  { key: 'who', says: 'who it helps', missing: 'who it helps' },
  { key: 'how', says: 'how', missing: 'how' },
  { key: 'howMuch', says: 'how much (a number)', missing: 'how much (no number)' },
  { key: 'payer', says: 'who pays', missing: 'who pays' },
];

function Against({ claim, comparison }: { claim: Claim; comparison: Comparison | null }) {
  const fit = comparison?.items.find((it) => it.kind === 'theme' && it.key === claim.theme);
  if (fit) {
    // The theme's verdict may rest on another sentence of the same theme: say so, so
    // the quote is not read as this claim's own evidence.
    const other = fit.quotes !== undefined && fit.quotes !== claim.text;
    return (
      <section class={`against ${fit.verdict}`} data-part="tradeoff">
        <h3>Against your theory of change</h3>
        <p>
          {fit.redLine && <strong>Red line. </strong>}
          {VERDICT[fit.verdict]}: {fit.reason}
        </p>
        {other && (
          <p class="muted">The verdict rests on another sentence of this posting on the same theme.</p>
        )}
      </section>
    );
  }
  if (!claim.tradeoffs[0]) return null;
  return (
    <section data-part="tradeoff">
      <h3>The tradeoff it raises</h3>
      <p>{claim.tradeoffs[0]}</p>
    </section>
  );
}

export function ClaimCard({
  claim,
  comparison,
  position,
  total,
  onAction,
}: {
  claim: Claim;
  comparison: Comparison | null;
  position: number;
  total: number;
  onAction: (action: 'next' | 'previous' | 'close') => void;
}) {
  const vague = claim.specificity === 'vague';
  const said = NAMES.filter((n) => claim.names[n.key]);
  const missing = NAMES.filter((n) => !claim.names[n.key]);
  return (
    <article
      class="claim"
      data-part="card"
      aria-label={`${THEME_NAMES[claim.theme]}, ${claim.specificity} claim`}
    >
      {/* A keyboard user scrolls a long card's text too (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard to scroll it */}
      <section class="body" tabIndex={0} aria-label="About this claim">
        <h2>
          <span data-part="theme">{THEME_NAMES[claim.theme]}</span>
          <span class={`tag ${vague ? 'vague' : 'specific'}`} data-part="specificity">
            {vague ? 'Vague' : 'Specific'}
          </span>
        </h2>
        {claim.reasons.length > 0 && <p data-part="why">Why: {claim.reasons.join('; ')}.</p>}
        <p class="muted legend">On the page, specific claims are filled; vague ones have a wavy underline.</p>
        <div data-part="names">
          {said.length > 0 && <p>It says {said.map((n) => n.says).join(', ')}.</p>}
          {missing.length > 0 && <p>It does not say {missing.map((n) => n.missing).join(', ')}.</p>}
        </div>
        <Against claim={claim} comparison={comparison} />
        {claim.questions.length > 0 && (
          <section>
            <h3>Ask</h3>
            <ol data-part="questions">
              {claim.questions.slice(0, 3).map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
          </section>
        )}
      </section>
      <footer>
        <span class="grow" data-part="position">
          Claim {position} of {total}
        </span>
        <button
          type="button"
          data-action="previous"
          title="Previous claim ( [ )"
          onClick={() => onAction('previous')}
        >
          ‹ <span class="sr">Previous claim</span>
        </button>
        <button type="button" data-action="next" title="Next claim ( ] )" onClick={() => onAction('next')}>
          › <span class="sr">Next claim</span>
        </button>
        <button type="button" data-action="close" title="Close (Esc)" onClick={() => onAction('close')}>
          Close
        </button>
      </footer>
    </article>
  );
}
