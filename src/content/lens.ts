// What the content script does on a page that can show a posting: read it with the
// shared core, report it to the background, and annotate it. A job view lives until
// the page shows another job (single-page boards swap it in a pane) or none; each view
// has its own AbortController, so switching jobs clears every trace of the old one.
import type { Board, Posting } from '../core/types.ts';
import type { PageReport } from '../shared/messages.ts';
import { nativeBrowser as browser } from '../shared/native-browser.ts';
import type { PageView } from '../shared/page-view.ts';
import { settleWithin } from '../shared/settle-within.ts';
import { readHiddenSites, setSiteHidden, siteKey, watchHiddenSites } from '../shared/site-settings.ts';
import { JobView } from './annotate/job-view.ts';
import { locatePosting, type PostingPlace, placeFingerprint } from './annotate/locate.ts';
import { Overlay } from './annotate/overlay.ts';
import { makePainter } from './annotate/paint.ts';
import type { BootUrls } from './page-layer-key.ts';
import { measure, now } from './perf.ts';
import { readPage } from './read-page.ts';
import { viewFromReply } from './reply.ts';
import { pageIsDark } from './scheme.ts';
import { nextTask } from './tasks.ts';

/** Waits before each new try: a worker still starting (browser launch, an update) drops the first messages. */
const RETRY_MS = [200, 800, 2000, 5000];
/** A cold worker answers in well under a second; one that never does is asked again. */
const ANSWER_MS = 10_000;

async function sendWithRetry(message: PageReport): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await settleWithin(browser.runtime.sendMessage(message), ANSWER_MS);
    } catch (error) {
      const wait = RETRY_MS[attempt];
      // An extension that was updated or reloaded will never answer this script.
      if (wait === undefined || !browser.runtime?.id) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

interface Pending {
  analysis: PageView;
  place: PostingPlace;
  key: string;
  fingerprint: string;
  url: string;
}

/** A read in progress: steps left to run, dropped when the page shows something else. */
interface Reading {
  controller: AbortController;
  fingerprint: string;
  done: Promise<void>;
}

interface Current {
  controller: AbortController;
  job: JobView;
  /** What the user sees: address, title, company, description length. */
  key: string;
  /** The cheap check run on every settled mutation (see `placeFingerprint`). */
  fingerprint: string;
}

export class Lens {
  /** Allow the generic reader: set when the user asks to read this page anyway. */
  generic = false;
  private view: Current | null = null;
  private overlay: Overlay | null = null;
  private lastSent = '';
  /** The worker's answer for `lastSent`, kept so an unchanged page is not analysed again. */
  private lastReport: Promise<PageView | null> | null = null;
  private hiddenSites: string[] | null = null;
  private loadingSettings = false;
  private pending: Pending | null = null;
  private reading: Reading | null = null;
  // The analysis (classify, claims, lexicons, learned weights) is not here at all: the
  // worker runs it. The reader is part of the layer: evaluating it lazily took a module
  // wrapper for every file it imports, and that was most of a kilobyte on every page.

  /** `urls` is the boot script's URL table (see page-layer-key.ts). */
  constructor(
    private readonly lifetime: AbortSignal,
    private readonly urls: BootUrls,
  ) {
    lifetime.addEventListener(
      'abort',
      () => {
        this.stopReading();
        this.end();
      },
      { once: true },
    );
  }

  /**
   * Reads the page again if what it shows may have changed; `force` re-reads and re-reports.
   * Settles once the page's report has reached the background (or the read was dropped).
   */
  refresh(force = false): Promise<void> {
    if (this.lifetime.aborted) return Promise.resolve();
    const url = location.href;
    if (!(this.generic || this.urls.mightBePosting(url))) {
      // A board page that is not a posting (or the user left one in-app): no DOM work.
      this.stopReading();
      this.end();
      return this.reportNone(url);
    }
    const place = locatePosting(document, this.urls.urlFacts(url), this.generic);
    const fingerprint = `${url}\n${placeFingerprint(place)}`;
    if (!force) {
      if (this.reading?.fingerprint === fingerprint) return this.reading.done;
      if (this.view?.fingerprint === fingerprint && this.view.job.intact()) return Promise.resolve();
    }
    // Whatever an earlier read had left to do is for a page the user no longer sees.
    this.stopReading();
    const controller = new AbortController();
    const reading: Reading = { controller, fingerprint, done: Promise.resolve() };
    reading.done = this.read({ url, place, fingerprint, force }, controller.signal).finally(() => {
      if (this.reading === reading) this.reading = null;
    });
    this.reading = reading;
    return reading.done;
  }

  private stopReading(): void {
    this.reading?.controller.abort();
    this.reading = null;
  }

  /** Reads, analyses, reports and annotates, each step in a task of its own. */
  private async read(
    {
      url,
      place,
      fingerprint,
      force,
    }: { url: string; place: PostingPlace | null; fingerprint: string; force: boolean },
    signal: AbortSignal,
  ): Promise<void> {
    const generic = this.generic;
    let ms = 0;
    let stepStarted = now();
    let posting: Posting | null;
    let board: Board;
    try {
      // In a task of its own: the page's own work since the last mutation comes first.
      await nextTask(signal);
      if (this.lifetime.aborted || location.href !== url) throw new DOMException('moved on', 'AbortError');
      stepStarted = now();
      const read = readPage(url, generic, this.urls.urlFacts);
      ms = measure('read', stepStarted);
      posting = read.posting;
      board = read.board;
    } catch {
      // Dropped: the page moved on, and the read of what it shows now reports instead.
      if (signal.aborted || this.lifetime.aborted || location.href !== url) return;
      // A bug in the reader must never break the page or leave an old job's highlights.
      measure('read-failed', stepStarted);
      this.end();
      return;
    }
    const key = posting
      ? `${url}\n${posting.title}\n${posting.company}\n${posting.description.length}`
      : `none\n${url}`;
    if (force) this.lastSent = '';
    // The highlights setting is read while the worker analyses, not after its answer.
    if (posting) this.loadSettings();
    const report = await this.send(key, { type: 'page-report', url, posting, board, ms });
    if (signal.aborted || this.lifetime.aborted || location.href !== url) return;
    const analysis = report;
    if (!analysis?.isJobPosting || !place) {
      this.end();
      return;
    }
    if (!force && this.view?.key === key && this.view.job.intact()) {
      this.view.fingerprint = fingerprint;
      this.pending = null;
      return;
    }
    // Annotating is its own task, so reading and annotating never add up to a long one.
    this.pending = { analysis, place, key, fingerprint, url };
    try {
      await nextTask(signal);
    } catch {
      return;
    }
    const next = this.pending;
    if (next && next.url === location.href && !this.lifetime.aborted) this.show(next);
  }

  /** The page shows no posting: says so. */
  private async reportNone(url: string): Promise<void> {
    if (url !== location.href || this.lifetime.aborted) return;
    await this.send(`none\n${url}`, { type: 'page-report', url, posting: null, board: 'unknown', ms: 0 });
  }

  /** Replaces the job view with one for this posting. */
  private show(next: Pending): void {
    if (this.hiddenSites === null) {
      // The setting is read once per page; the posting is annotated as soon as it is known.
      this.pending = next;
      this.loadSettings();
      return;
    }
    this.pending = null;
    const { analysis, place, key, fingerprint, url } = next;
    const annotating = now();
    this.view?.controller.abort();
    const controller = new AbortController();
    this.overlay ??= new Overlay(document);
    const overlay = this.overlay;
    const site = siteKey(url);
    // Choosing the painter is part of highlighting (the job view measures the rest), so
    // bench:page compares all of it with the DOM-wrapping baseline.
    const painting = now();
    const painter = makePainter();
    measure('highlight', painting);
    // No Highlight API (no browser the manifest allows lacks it): nothing is drawn, and
    // the last job's marker goes too.
    if (!painter) {
      this.end();
      return;
    }
    const job = new JobView({
      analysis,
      place,
      overlay,
      painter,
      hidden: this.hiddenSites.includes(site),
      site,
      url,
      signal: controller.signal,
      onToggleSite: (hide) => {
        void setSiteHidden(site, hide).catch(() => undefined);
        job.setHidden(hide);
      },
    });
    this.view = { controller, job, key, fingerprint };
    measure('annotate', annotating);
    requestAnimationFrame(() => {
      if (!controller.signal.aborted) overlay.setScheme(pageIsDark(document));
    });
  }

  private loadSettings(): void {
    if (this.loadingSettings) return;
    this.loadingSettings = true;
    readHiddenSites()
      .catch(() => [])
      .then((sites) => {
        this.hiddenSites = sites;
        watchHiddenSites((next) => {
          this.hiddenSites = next;
          this.view?.job.setHidden(next.includes(siteKey(location.href)));
        }, this.lifetime);
        const pending = this.pending;
        // Still the page the user sees? Otherwise the next settled change reads it again.
        if (pending && pending.url === location.href) this.show(pending);
      });
  }

  /** No posting on screen: no highlight, no card, no host element, no listener. */
  private end(): void {
    this.pending = null;
    if (!this.view && !this.overlay?.host.isConnected) return;
    this.view?.controller.abort();
    this.view = null;
    this.overlay?.remove();
  }

  /**
   * Reports to the background when what the user sees changed, and hands back the
   * worker's analysis (the same answer again while the page shows the same thing).
   */
  private send(key: string, message: PageReport): Promise<PageView | null> {
    if (key === this.lastSent && this.lastReport) return this.lastReport;
    this.lastSent = key;
    const report = sendWithRetry(message)
      .then(viewFromReply)
      // The worker may be restarting after an update; the next change will report again.
      .catch(() => null)
      .then((answer) => {
        if (!answer) {
          if (this.lastSent === key) this.lastReport = null;
          return null;
        }
        return answer;
      });
    this.lastReport = report;
    return report;
  }
}
