// The posting against the user's theory: the five-second summary, then each point with
// its reason. Verdicts are words and symbols, never colour alone.
import type { Comparison, FitItem } from '../core/theory/fit-types.ts';

const OVERALL: Record<Comparison['overall'], string> = {
  aligned: 'Fits your theory',
  mixed: 'Mixed fit',
  tension: 'In tension with your theory',
  unknown: 'Fit unclear',
};

function verdictWord(item: FitItem): { symbol: string; word: string; cls: string } {
  if (item.redLine) return { symbol: '✕', word: 'Red line', cls: 'red' };
  if (item.mayCross) return { symbol: '?', word: 'May cross a red line', cls: 'red maybe' };
  if (item.verdict === 'tension') return { symbol: '✕', word: 'In tension', cls: 'tension' };
  if (item.verdict === 'aligned') return { symbol: '✓', word: 'Aligned', cls: 'aligned' };
  return { symbol: '?', word: 'Unknown', cls: 'unknown' };
}

/** Red lines first, then tensions: what the first screen must show. */
const RANK = (item: FitItem) =>
  item.redLine ? 0 : item.verdict === 'tension' || item.mayCross ? 1 : item.verdict === 'aligned' ? 2 : 3;

/** One point: its verdict and label, and (in the full list) the reason. */
function fitItem(item: FitItem, withReason: boolean) {
  const v = verdictWord(item);
  return (
    <li
      key={`${item.kind}:${item.key}`}
      class={`fit-item ${v.cls}`}
      data-verdict={item.verdict}
      data-key={item.key}
    >
      <span class="fit-verdict">
        <span aria-hidden="true">{v.symbol}</span> {v.word}
      </span>
      <span class="fit-label">{item.label ?? item.key}</span>
      {withReason && <span class="fit-reason">{item.reason}</span>}
    </li>
  );
}

export function FitCard({
  comparison,
  onWriteTheory,
}: {
  comparison: Comparison | null;
  onWriteTheory: () => void;
}) {
  if (!comparison || comparison.hasTheory === false) {
    return (
      <section class="card invite" data-state="no-theory" aria-labelledby="fit-title">
        <h2 id="fit-title">How does this fit what you believe?</h2>
        <p class="muted">
          Write your theory of change (what you think would make healthcare better, the tradeoffs you accept
          and your red lines) and Mission Lens will hold each posting up against it. Meanwhile, here is what
          the posting says.
        </p>
        <button type="button" onClick={onWriteTheory}>
          Write my theory of change
        </button>
      </section>
    );
  }
  const items = [...comparison.items].sort((a, b) => RANK(a) - RANK(b));
  const reasoning = comparison.reasoning ?? [];
  const reasoningList = (
    <ul class="reasoning">
      {reasoning.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
  const first = items.filter((i) => RANK(i) < 2);
  return (
    <section class={`card fit ${comparison.overall}`} data-state="fit" aria-labelledby="fit-title">
      <h2 id="fit-title">
        <span class="overall" data-testid="fit-overall" data-overall={comparison.overall}>
          {OVERALL[comparison.overall]}
        </span>
      </h2>
      <p class="fit-summary" data-testid="fit-summary">
        {comparison.summary}
      </p>
      {first.length > 0 && (
        <ul
          class="fit-items compact"
          aria-label="Where the posting meets your red lines and refused tradeoffs"
        >
          {first.map((item) => fitItem(item, false))}
        </ul>
      )}
      {items.length > 0 ? (
        // One disclosure for the points and the reasoning: a second one would take a line
        // of the popup's first screen.
        <details class="more-points" data-testid="more-points">
          <summary>
            {first.length ? 'All' : 'Each of'} {items.length} points, with the reasons
          </summary>
          <ul class="fit-items" aria-label="Each point compared with your theory">
            {items.map((item) => fitItem(item, true))}
          </ul>
          {reasoning.length > 0 && (
            <>
              <h3 class="reasoning-title">How this verdict was reached</h3>
              {reasoningList}
            </>
          )}
        </details>
      ) : (
        reasoning.length > 0 && (
          <details class="reasoning">
            <summary>How this verdict was reached</summary>
            {reasoningList}
          </details>
        )
      )}
    </section>
  );
}
