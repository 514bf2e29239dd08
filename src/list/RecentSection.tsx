// Postings viewed lately (the last 200, 30 days at most), so one seen yesterday can still
// be saved; the user can clear them or stop keeping them.
import { useEffect, useState } from 'preact/hooks';
import type { RecentRef } from '../core/list/recent.ts';
import { clearRecent, recentViewed, saveRecent, setRecent, watchList } from '../ui/list-api.ts';

export function RecentSection({ saved, onError }: { saved: Set<string>; onError(m: string): void }) {
  const [state, setState] = useState<{ enabled: boolean; items: RecentRef[] } | null>(null);
  useEffect(() => {
    const load = () => recentViewed().then(setState, (e: unknown) => onError(String(e)));
    void load();
    return watchList(() => void load());
  }, []);
  if (!state) return null;
  const act = (work: Promise<{ ok: boolean; reason?: string }>) =>
    work.then(
      (r) => (r.ok ? undefined : onError(r.reason ?? 'That did not work.')),
      (e: unknown) => onError(String(e)),
    );
  return (
    <section class="recent" aria-labelledby="recent-title" data-testid="recent">
      <header class="detail-head">
        <h2 id="recent-title">Recently viewed</h2>
        <div class="actions">
          <label class="check">
            <input
              type="checkbox"
              data-testid="recent-enabled"
              checked={state.enabled}
              onChange={(e) => act(setRecent(e.currentTarget.checked))}
            />{' '}
            Keep postings I view (the last 200, for 30 days)
          </label>
          <button
            type="button"
            class="secondary"
            disabled={!state.items.length}
            onClick={() => act(clearRecent())}
          >
            Clear
          </button>
        </div>
      </header>
      {!state.enabled ? (
        <p class="muted">Off: postings you view are not kept.</p>
      ) : state.items.length === 0 ? (
        <p class="muted">
          No posting viewed yet. Postings you open are listed here, so you can save them later.
        </p>
      ) : (
        <ul class="recent-list">
          {state.items.map((r) => (
            <li key={r.key}>
              <a href={r.url} target="_blank" rel="noreferrer noopener">
                {r.title ?? 'Untitled posting'}
              </a>{' '}
              <span class="muted">
                {r.company ?? 'company not named'}, {new Date(r.at).toLocaleDateString()}
              </span>{' '}
              {r.company && !saved.has(r.url) && (
                <button
                  type="button"
                  class="link"
                  data-testid="recent-save"
                  onClick={() => act(saveRecent(r.key))}
                >
                  Save to the list
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
