// The posting in two lines: its title and company, and whether it is healthcare (the
// words that decided it one click away, so the first screen keeps room for the fit).
import type { Analysis } from '../core/types.ts';
import { BOARD_NAMES, SEGMENT_NAMES } from './labels.ts';

export function PostingSummary({ analysis }: { analysis: Analysis }) {
  const hc = analysis.healthcare;
  return (
    <section class="card" data-state="posting" aria-labelledby="posting-title">
      <h1 class="posting-title" id="posting-title" data-testid="title">
        {analysis.title ?? 'Untitled posting'}
      </h1>
      <p class="muted" data-testid="company">
        {analysis.company ?? 'Company not named'}
        {analysis.board !== 'unknown' ? ` · on ${BOARD_NAMES[analysis.board]}` : ''}
      </p>
      <details class="verdict-line">
        <summary>
          <span class={`verdict ${hc.is ? 'hc' : 'not'}`} data-testid="verdict">
            {hc.is ? `Healthcare · ${SEGMENT_NAMES[hc.segment]}` : 'Not a healthcare employer'}
          </span>
          {hc.evidence.length > 0 && <span class="muted why"> why?</span>}
        </summary>
        {hc.evidence.length > 0 && (
          <p class="evidence muted" data-testid="verdict-evidence">
            {/* A verdict against healthcare lists what points away from it (a school
                district, a bank), not health words. */}
            {hc.is ? 'What points to healthcare: ' : 'What points away from healthcare: '}
            {hc.evidence.join(', ')}
          </p>
        )}
      </details>
      {!hc.is && (
        <p class="note" data-state="not-healthcare">
          This employer does not look like a healthcare company. Mission Lens is made for healthcare postings;
          its mission claims are still read below.
        </p>
      )}
    </section>
  );
}
