// Two to four companies side by side: what they claim and how vaguely, who pays them
// and how, what their postings let slip, the fit with the theory, and their answers.
import { type Entry, STATUS_NAMES } from '../core/list/list-types.ts';
import { summarize } from '../core/list/summary.ts';

const pct = (x: number | null) => (x === null ? 'no claims' : `${Math.round(x * 100)}% vague`);

export function Compare({ entries, onClose }: { entries: Entry[]; onClose(): void }) {
  const cols = entries.map((e) => ({ e, s: summarize(e) }));
  const rows: [string, (c: (typeof cols)[number]) => string][] = [
    ['Status', ({ e }) => STATUS_NAMES[e.status]],
    ['Latest posting', ({ s }) => s.latest?.title ?? '—'],
    ['Claims', ({ s }) => `${s.claims} (${pct(s.vagueShare)})`],
    ['Who pays', ({ s }) => s.customers.join(', ') || 'not stated'],
    ['How', ({ s }) => s.revenue.join(', ') || 'not stated'],
    ['Segment', ({ s }) => s.segment],
    [
      'Lets slip',
      ({ s }) => (s.latest?.analysis.tells ?? []).map((t) => t.label).join('; ') || 'nothing found',
    ],
    ['Fit with your theory', ({ s }) => s.latest?.comparison?.summary ?? s.fit],
    [
      'Answers they gave',
      ({ e }) =>
        Object.entries(e.answers)
          .map(([q, a]) => `${q} ${a}`)
          .join('\n') || 'none yet',
    ],
  ];
  return (
    <section aria-labelledby="compare-title" data-testid="compare">
      <header class="detail-head">
        <h2 id="compare-title">Side by side</h2>
        <button type="button" class="secondary" onClick={onClose}>
          Back to the list
        </button>
      </header>
      <div class="scroll">
        <table class="compare">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr">Aspect</span>
              </th>
              {cols.map(({ e }) => (
                <th scope="col" key={e.id}>
                  {e.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {cols.map((c) => (
                  <td key={c.e.id}>{value(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
