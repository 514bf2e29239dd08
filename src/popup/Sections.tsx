// The posting's own analysis: claims (vague and specific, with why), who pays, and the
// tradeoffs to weigh. Long sections fold with <details>.
import { capitalise, customerName, revenueName, THEME_NAMES } from '../core/theory/labels.ts';
import type { Analysis, Claim } from '../core/types.ts';

function ClaimList({ claims, kind }: { claims: Claim[]; kind: 'vague' | 'specific' }) {
  if (!claims.length) return null;
  return (
    <div class={`claim-group ${kind}`}>
      <h3>
        {kind === 'vague' ? 'Vague' : 'Specific'} ({claims.length})
      </h3>
      <ul>
        {claims.map((c) => (
          <li key={`${c.start}-${c.end}`} class="claim" data-specificity={c.specificity}>
            <q>{c.text}</q>
            <span class="claim-theme muted"> · {THEME_NAMES[c.theme]}</span>
            {c.reasons.length > 0 && <span class="claim-why muted">Why: {c.reasons.join('; ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ClaimsSection({ analysis }: { analysis: Analysis }) {
  const vague = analysis.claims.filter((c) => c.specificity === 'vague');
  const specific = analysis.claims.filter((c) => c.specificity === 'specific');
  return (
    <details class="card section" data-testid="claims">
      <summary>
        <h2>Mission claims</h2>
        <span class="muted">
          {analysis.claims.length ? ` ${vague.length} vague, ${specific.length} specific` : ' none'}
        </span>
      </summary>
      {analysis.claims.length === 0 ? (
        <p class="muted">The posting makes no mission claims.</p>
      ) : (
        <>
          <ClaimList claims={vague} kind="vague" />
          <ClaimList claims={specific} kind="specific" />
        </>
      )}
    </details>
  );
}

/** Who pays and how, named for the employer (healthcare words only for healthcare). */
function paidWhoHow(analysis: Analysis): { who: string[]; how: string[] } {
  const hc = analysis.healthcare.is;
  return {
    who: analysis.businessModel.customers.map((c) => customerName(c, hc)),
    how: analysis.businessModel.revenue.map((r) => revenueName(r, hc)),
  };
}

export function BusinessModelSection({ analysis }: { analysis: Analysis }) {
  const bm = analysis.businessModel;
  const { who, how } = paidWhoHow(analysis);
  const unknowns = [
    bm.customers.length === 0 ? 'Who pays the company is not stated.' : null,
    bm.revenue.length === 0
      ? 'How the company is paid (per visit, subscription, per member…) is not stated.'
      : null,
  ].filter((x): x is string => x !== null);
  return (
    <details class="card section" data-testid="business-model">
      <summary>
        <h2>Who pays</h2>
      </summary>
      <dl class="pairs">
        <dt>Paid by</dt>
        <dd data-testid="customers">{who.length ? who.join(', ') : 'not stated'}</dd>
        <dt>How</dt>
        <dd data-testid="revenue">{how.length ? how.map(capitalise).join(', ') : 'not stated'}</dd>
      </dl>
      {bm.evidence.length > 0 && (
        <>
          <h3>The posting says</h3>
          <ul class="evidence-list">
            {bm.evidence.map((e) => (
              <li key={e}>
                <q>{e}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {unknowns.length > 0 && (
        <ul class="unknowns">
          {unknowns.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

export function PromptsSection({ prompts }: { prompts: readonly string[] }) {
  if (!prompts.length) return null;
  return (
    <details class="card section" data-testid="prompts">
      <summary>
        <h2>Tradeoffs to weigh</h2>
        <span class="muted"> {prompts.length}</span>
      </summary>
      <ul class="prompts">
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </details>
  );
}

/** What the posting lets slip about its business: each tell with its sentence, the tradeoff and the question. */
export function TellsSection({ analysis }: { analysis: Analysis }) {
  const tells = analysis.tells ?? [];
  if (tells.length === 0) return null;
  return (
    <details class="card section" data-testid="tells">
      <summary>
        <h2>What the posting lets slip</h2>
        <span class="muted"> {tells.length}</span>
      </summary>
      <ul class="tells">
        {tells.map((t) => (
          <li key={t.id} class="tell" data-tell={t.id}>
            <h3>{t.label}</h3>
            <q>{t.text}</q>
            <p class="muted">{t.tradeoff}</p>
            <p>
              <strong>Ask:</strong> {t.question}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Who pays the company and how, in one line for the first screen (the details below). */
export function WhoPaysLine({ analysis }: { analysis: Analysis }) {
  const { who, how } = paidWhoHow(analysis);
  return (
    <p class="card who-pays" data-testid="who-pays">
      <strong>Paid by</strong> {who.join(', ') || 'not stated'}; <strong>how:</strong>{' '}
      {how.join(', ') || 'not stated'}.
    </p>
  );
}
