// The in-page frame: the card of one claim, or the posting's fit with the user's theory,
// as the content script asks over its private port. The frame reads the analysis and
// the comparison from the worker itself; the content script only says which claim.
import { useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { ToFrame } from '../shared/frame-protocol.ts';
import type { TabStateReply } from '../shared/messages.ts';
import { FitCard } from '../ui/FitCard.tsx';
import { frameState, openAnalysis, openOptions, watchState } from './api.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ListStatus } from './ListStatus.tsx';
import { acceptPort, type Channel } from './port.ts';

type View = Extract<ToFrame, { type: 'card' | 'fit' }> | null;

const sameUrl = (state: TabStateReply | null, url: string) => state?.state?.url === url;

export function FrameApp() {
  const [view, setView] = useState<View>(null);
  const [state, setState] = useState<TabStateReply | null>(null);
  const [failed, setFailed] = useState(false);
  const [channel, setChannel] = useState<Channel | null>(null);

  const load = () =>
    frameState()
      .then((s) => {
        setState(s);
        setFailed(s === null);
      })
      .catch(() => setFailed(true));

  useEffect(() => {
    let loading = false;
    const ch = acceptPort((message) => {
      // Nothing is asked of the worker before the content script has handed its port over.
      if (!loading) {
        loading = true;
        void load();
        watchState(() => void load());
      }
      if (message.type === 'scheme') {
        document.documentElement.classList.toggle('dark', message.dark);
        document.documentElement.classList.toggle('light', !message.dark);
        return;
      }
      if (message.type !== 'cards') setView(message);
    });
    setChannel(ch);
  }, []);

  // A card for a page the stored state does not describe yet: the worker has the newer
  // analysis by the time the content script shows its highlights, so ask again.
  useEffect(() => {
    if (view && state && !sameUrl(state, view.url)) void load();
  }, [view, state]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted || e.altKey || e.ctrlKey || e.metaKey) return;
      const action =
        e.key === ']' ? 'next' : e.key === '[' ? 'previous' : e.key === 'Escape' ? 'close' : null;
      if (!action) return;
      e.preventDefault();
      channel?.send(action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [channel]);

  const send = (action: 'next' | 'previous' | 'close') => channel?.send(action);
  if (failed)
    return (
      <p class="status">Mission Lens could not load this posting’s analysis. Reload the page to try again.</p>
    );
  if (!view || !state) return <p class="status">Loading…</p>;
  const comparison: Comparison | null = state.comparison ?? null;
  if (view.type === 'fit') {
    return (
      <div class="fit-view" data-part="fit-view">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard to scroll it */}
        <section class="fit-body" tabIndex={0} aria-label="How the posting fits your theory">
          <ListStatus company={state.state?.analysis.company ?? null} url={state.state?.url} />
          <FitCard comparison={comparison} onWriteTheory={openOptions} />
        </section>
        <footer>
          <button type="button" class="grow-button" data-action="open-analysis" onClick={openAnalysis}>
            Open the full analysis
          </button>
          <button type="button" data-action="close" onClick={() => send('close')}>
            Close
          </button>
        </footer>
      </div>
    );
  }
  const claim = sameUrl(state, view.url)
    ? state.state?.analysis.claims.find((c) => c.start === view.start && c.end === view.end)
    : undefined;
  if (!claim) return <p class="status">Loading…</p>;
  return (
    <ClaimCard
      claim={claim}
      comparison={comparison}
      position={view.position}
      total={view.total}
      onAction={send}
    />
  );
}
