// One company's page: status, tags and notes, the questions to ask with the answers it
// gave, its postings, and what its latest posting claims. Edits are saved when a field
// is left (or at once for the status), through the worker. The list page keys it by the
// company, so another company's page starts from that company's values.
import { useState } from 'preact/hooks';
import { claimChanges } from '../core/list/claim-history.ts';
import { type Entry, STATUS_NAMES, type Status } from '../core/list/list-types.ts';
import { summarize } from '../core/list/summary.ts';
import type { Claim } from '../core/types.ts';
import { removeEntry, updateEntry } from '../ui/list-api.ts';
import { StatusOptions } from '../ui/StatusOptions.tsx';
import { COMPANY_NAMES, MovePosting } from './MovePosting.tsx';

function questionsOf(entry: Entry): string[] {
  const latest = entry.postings[0];
  const asked = latest?.comparison?.questions ?? latest?.analysis.questions ?? [];
  return [...new Set([...asked, ...Object.keys(entry.answers)])].slice(0, 20);
}

/** What this posting says differently from the one saved before it. */
function Changes({ before, after }: { before: Claim[]; after: Claim[] }) {
  const c = claimChanges(before, after);
  if (!c.added.length && !c.dropped.length && !c.changed.length)
    return <p class="muted">Same claims as the posting before.</p>;
  return (
    <details class="changes" data-testid="claim-changes">
      <summary>
        Since the posting before: {c.added.length} new, {c.dropped.length} dropped, {c.changed.length} judged
        differently
      </summary>
      <ul>
        {c.added.map((x) => (
          <li key={`a${x.start}`}>
            New ({x.specificity}): {x.text}
          </li>
        ))}
        {c.dropped.map((x) => (
          <li key={`d${x.start}`}>
            Dropped ({x.specificity}): {x.text}
          </li>
        ))}
        {c.changed.map(({ before: b, after: a }) => (
          <li key={`c${a.start}`}>
            Now {a.specificity}, was {b.specificity}: {a.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function EntryDetail({
  entry,
  companies,
  onError,
  onNotice,
  onClose,
}: {
  entry: Entry;
  /** The other companies' names, offered when a posting is moved. */
  companies: string[];
  onError(m: string): void;
  onNotice(m: string): void;
  onClose(): void;
}) {
  const [notes, setNotes] = useState(entry.notes);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [answers, setAnswers] = useState(entry.answers);
  const save = (patch: Parameters<typeof updateEntry>[1]) =>
    updateEntry(entry.id, patch)
      .then((r) => (r.ok ? undefined : onError(r.reason)))
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  const s = summarize(entry);
  const claims = s.latest?.analysis.claims ?? [];
  return (
    <section class="detail" aria-labelledby="detail-title" data-testid="entry-detail">
      <header class="detail-head">
        <h2 id="detail-title">{entry.name}</h2>
        <button type="button" class="secondary" onClick={onClose}>
          Back to the list
        </button>
      </header>
      <div class="detail-grid">
        <label class="field">
          <span>Status</span>
          <select
            data-testid="detail-status"
            value={entry.status}
            onChange={(e) => save({ status: e.currentTarget.value as Status })}
          >
            <StatusOptions />
          </select>
        </label>
        <label class="field">
          <span>Tags (separated by commas)</span>
          <input
            data-testid="detail-tags"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            onBlur={() => save({ tags: tags.split(',') })}
          />
        </label>
      </div>
      <p class="muted">
        Status history:{' '}
        {entry.statusHistory
          .map((h) => `${STATUS_NAMES[h.status]} ${new Date(h.at).toLocaleDateString()}`)
          .join(' → ')}
      </p>
      <label class="field">
        <span>Notes</span>
        <textarea
          data-testid="detail-notes"
          rows={4}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
          onBlur={() => notes !== entry.notes && save({ notes })}
        />
      </label>
      <h3>Questions to ask, and what they answered</h3>
      <ol class="answers">
        {questionsOf(entry).map((q) => (
          <li key={q}>
            <label class="field">
              <span>{q}</span>
              <textarea
                rows={2}
                data-testid="detail-answer"
                value={answers[q] ?? ''}
                onInput={(e) => setAnswers({ ...answers, [q]: e.currentTarget.value })}
                onBlur={() =>
                  (answers[q] ?? '') !== (entry.answers[q] ?? '') &&
                  save({ answers: { [q]: answers[q] ?? '' } })
                }
              />
            </label>
          </li>
        ))}
      </ol>
      <h3>Postings saved ({entry.postings.length})</h3>
      <ul class="postings">
        {entry.postings.map((p, i) => {
          const older = entry.postings[i + 1];
          return (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer noopener">
                {p.title ?? 'Untitled posting'}
              </a>{' '}
              <span class="muted">
                {p.board}, saved {new Date(p.savedAt).toLocaleDateString()}, {p.analysis.claims.length} claims
              </span>
              {older && <Changes before={older.analysis.claims} after={p.analysis.claims} />}
              {entry.postings.length > 1 && (
                <MovePosting entry={entry} posting={p} onNotice={onNotice} onError={onError} />
              )}
            </li>
          );
        })}
      </ul>
      <datalist id={COMPANY_NAMES}>
        {companies.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {claims.length > 0 && (
        <>
          <h3>What the latest posting claims</h3>
          <ul class="claims">
            {claims.map((c) => (
              <li key={`${c.start}`} class={c.specificity}>
                <span class="tag">{c.specificity === 'vague' ? 'Vague' : 'Specific'}</span> {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        class="secondary danger"
        data-testid="detail-remove"
        onClick={() => {
          if (confirm(`Remove ${entry.name} and its notes from your list? This cannot be undone.`))
            void removeEntry(entry.id).then(onClose, (e: unknown) => onError(String(e)));
        }}
      >
        Remove from the list
      </button>
    </section>
  );
}
