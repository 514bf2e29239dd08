import type { Analysis } from '../core/types.ts';

const SEGMENT_NAMES: Record<Analysis['healthcare']['segment'], string> = {
  payer: 'payer or health plan',
  provider: 'care provider',
  'digital-health': 'digital health',
  pharma: 'pharma or life sciences',
  medtech: 'medical technology',
  'health-it': 'health IT',
  'health-services': 'healthcare services',
  'public-health': 'public health',
  'non-healthcare': 'not healthcare',
  unclear: 'unclear',
};

export function PostingSummary({ analysis }: { analysis: Analysis }) {
  const hc = analysis.healthcare;
  return (
    <section class="card" data-state="posting" aria-label="Job posting">
      <h1 class="posting-title" data-testid="title">
        {analysis.title ?? 'Untitled posting'}
      </h1>
      <p class="muted" data-testid="company">
        {analysis.company ?? 'Company not named'}
        {analysis.board !== 'unknown' && analysis.board !== 'career-site' ? ` · on ${analysis.board}` : ''}
      </p>
      <p>
        <span class={`verdict ${hc.is ? 'hc' : 'not'}`} data-testid="verdict">
          {hc.is ? `Healthcare · ${SEGMENT_NAMES[hc.segment]}` : 'Not a healthcare employer'}
        </span>
      </p>
      {hc.evidence.length > 0 && <p class="evidence muted">Because it mentions: {hc.evidence.join(', ')}</p>}
    </section>
  );
}
