import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { isRestrictedUrl } from '../shared/restricted-pages.ts';
import { FitCard } from '../ui/FitCard.tsx';
import { analyzeTab, getTabState, openOptions, targetTab, watchChanges } from './api.ts';
import { PostingSummary } from './PostingSummary.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { SaveSection } from './SaveSection.tsx';
import {
  BusinessModelSection,
  ClaimsSection,
  PromptsSection,
  TellsSection,
  WhoPaysLine,
} from './Sections.tsx';

type View =
  | { kind: 'loading' }
  | { kind: 'posting'; tabId: number; url: string; analysis: Analysis; comparison: Comparison | null }
  | { kind: 'none'; tabId: number; busy: boolean; note: string | null }
  | { kind: 'restricted'; detail: string }
  | { kind: 'error'; detail: string };

function PostingView({
  tabId,
  url,
  analysis,
  comparison,
}: {
  tabId: number;
  url: string;
  analysis: Analysis;
  comparison: Comparison | null;
}) {
  const questions = comparison?.questions?.length ? comparison.questions : analysis.questions;
  const prompts =
    comparison?.prompts ?? [...new Set(analysis.claims.flatMap((c) => c.tradeoffs))].slice(0, 6);
  return (
    <>
      <PostingSummary analysis={analysis} />
      <FitCard comparison={comparison} onWriteTheory={openOptions} />
      <WhoPaysLine analysis={analysis} />
      <QuestionsSection
        questions={questions}
        context={{ title: analysis.title, company: analysis.company }}
      />
      <SaveSection tabId={tabId} company={analysis.company} url={url} />
      <ClaimsSection analysis={analysis} />
      <BusinessModelSection analysis={analysis} />
      <TellsSection analysis={analysis} />
      <PromptsSection prompts={prompts} />
    </>
  );
}

export function App({ search }: { search: string }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      const tab = await targetTab(search);
      if (!tab) return setView({ kind: 'error', detail: 'There is no tab to read.' });
      setTabId(tab.id);
      if (tab.url && isRestrictedUrl(tab.url)) {
        return setView({
          kind: 'restricted',
          detail: 'Browsers do not let extensions read this kind of page.',
        });
      }
      const reply = await getTabState(tab.id);
      if (reply.state?.analysis.isJobPosting)
        setView({
          kind: 'posting',
          tabId: tab.id,
          url: reply.state.url,
          analysis: reply.state.analysis,
          comparison: reply.comparison ?? null,
        });
      // Not a posting, and already shown as such: the view stays, with what "Analyse this
      // page anyway" is doing or found. Its own reading stores the tab's state, and that
      // change, often arriving after its answer, would otherwise wipe its note.
      else
        setView((v) =>
          v.kind === 'none' && v.tabId === tab.id
            ? v
            : { kind: 'none', tabId: tab.id, busy: false, note: null },
        );
    } catch (error) {
      setView({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }, [search]);

  useEffect(() => {
    void load();
  }, [load]);

  // The theory can change while the popup is open (the options page, or sync).
  useEffect(() => (tabId === null ? undefined : watchChanges(tabId, () => void load())), [tabId, load]);

  const analyzeAnyway = async (tabId: number) => {
    setView({ kind: 'none', tabId, busy: true, note: null });
    try {
      const reply = await analyzeTab(tabId);
      if (!reply.ok) {
        return reply.reason === 'restricted'
          ? setView({ kind: 'restricted', detail: reply.detail })
          : setView({
              kind: 'none',
              tabId,
              busy: false,
              note: reply.reason === 'no-access' ? reply.detail : `That did not work: ${reply.detail}`,
            });
      }
      if (reply.state?.analysis.isJobPosting) await load();
      else
        setView({
          kind: 'none',
          tabId,
          busy: false,
          note: 'Mission Lens read the page and found no single job posting on it.',
        });
    } catch (error) {
      setView({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main aria-busy={view.kind === 'loading'}>
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <span>Mission Lens</span>
      </header>
      {view.kind === 'loading' && (
        <div class="skeleton" role="status" aria-label="Reading this tab">
          <div class="card placeholder" />
          <div class="card placeholder short" />
        </div>
      )}
      {view.kind === 'posting' && (
        <PostingView
          tabId={view.tabId}
          url={view.url}
          analysis={view.analysis}
          comparison={view.comparison}
        />
      )}
      {view.kind === 'none' && (
        <section class="card state" data-state="not-a-posting" aria-live="polite">
          <h1>This page is not a job posting</h1>
          <p class="muted">
            Mission Lens reads job postings on the major job boards by itself. If this page is a posting on a
            company's own site, it can read it on request.
          </p>
          {view.note && <p role="status">{view.note}</p>}
          <button type="button" disabled={view.busy} onClick={() => analyzeAnyway(view.tabId)}>
            {view.busy ? 'Reading the page…' : 'Analyse this page anyway'}
          </button>
        </section>
      )}
      {view.kind === 'restricted' && (
        <section class="card state" data-state="restricted">
          <h1>Mission Lens can't read this page</h1>
          <p class="muted">{view.detail}</p>
        </section>
      )}
      {view.kind === 'error' && (
        <section class="card state" data-state="error" role="alert">
          <h1>Something went wrong</h1>
          <p class="error">{view.detail}</p>
          <button type="button" onClick={() => void load()}>
            Try again
          </button>
        </section>
      )}
      <footer>
        <button type="button" class="secondary" onClick={openOptions}>
          Your theory of change
        </button>
      </footer>
    </main>
  );
}
