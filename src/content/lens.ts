// What the content script does on a page that can show a posting: read it with the
// shared core, report it to the background, and annotate it. A job view lives until
// the page shows another job (single-page boards swap it in a pane) or none; each view
// has its own AbortController, so switching jobs clears every trace of the old one.
import { notAPosting } from '../core/analyze.ts';
import type { Comparison } from '../core/theory/fit-types.ts';
import type { Analysis } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import type { PageReport } from '../shared/messages.ts';
import { readHiddenSites, setSiteHidden, siteKey, watchHiddenSites } from '../shared/site-settings.ts';
import { mightBePosting } from '../sites/registry.ts';
import { JobView } from './annotate/job-view.ts';
import { locatePosting, type PostingPlace, placeFingerprint } from './annotate/locate.ts';
import { Overlay } from './annotate/overlay.ts';
import { makePainter, releaseSheet } from './annotate/paint.ts';
import { measure, now } from './perf.ts';
import { readPage } from './read-page.ts';
import { comparisonFromReply } from './reply.ts';
import { pageIsDark } from './scheme.ts';

interface Pending {
  analysis: Analysis;
  place: PostingPlace;
  key: string;
  fingerprint: string;
  url: string;
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
  private comparison: { key: string; value: Comparison | null } | null = null;
  private hiddenSites: string[] | null = null;
  private loadingSettings = false;
  private pending: Pending | null = null;

  constructor(private readonly lifetime: AbortSignal) {
    lifetime.addEventListener('abort', () => this.end(), { once: true });
  }

  /** Reads the page again if what it shows may have changed; `force` re-reads and re-reports. */
  refresh(force = false): void {
    if (this.lifetime.aborted) return;
    const url = location.href;
    if (!(this.generic || mightBePosting(url))) {
      // A board page that is not a posting (or the user left one in-app): no DOM work.
      this.end();
      this.send(`none\n${url}`, { type: 'page-report', url, analysis: notAPosting('unknown'), ms: 0 });
      return;
    }
    const started = now();
    const place = locatePosting(document, url, this.generic);
    const fingerprint = `${url}\n${placeFingerprint(place)}`;
    if (!force && this.view?.fingerprint === fingerprint && this.view.job.intact()) return;

    let read: ReturnType<typeof readPage>;
    try {
      read = readPage(this.generic);
    } catch {
      // A bug in the reader must never break the page or leave an old job's highlights.
      measure('read-failed', started);
      this.end();
      return;
    }
    const ms = measure('read', started);
    const { analysis, posting } = read;
    const key = analysis.isJobPosting
      ? `${url}\n${analysis.title}\n${analysis.company}\n${posting?.description.length}`
      : `none\n${url}`;
    if (force) this.lastSent = '';
    this.send(key, { type: 'page-report', url, analysis, ms });
    if (!analysis.isJobPosting || !place) {
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
    setTimeout(() => {
      const next = this.pending;
      if (next && next.url === location.href && !this.lifetime.aborted) this.show(next);
    }, 0);
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
    const job = new JobView({
      analysis,
      place,
      overlay,
      painter: makePainter(document, overlay.layer),
      hidden: this.hiddenSites.includes(site),
      site,
      signal: controller.signal,
      onToggleSite: (hide) => {
        void setSiteHidden(site, hide).catch(() => undefined);
        job.setHidden(hide);
      },
    });
    this.view = { controller, job, key, fingerprint };
    if (this.comparison?.key === key) job.setComparison(this.comparison.value);
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
    releaseSheet(document);
  }

  /** Reports to the background when what the user sees changed. */
  private send(key: string, message: PageReport): void {
    if (key === this.lastSent) return;
    this.lastSent = key;
    browser.runtime
      .sendMessage(message)
      .then((reply: unknown) => {
        const value = comparisonFromReply(reply);
        this.comparison = { key, value };
        if (this.view?.key === key) this.view.job.setComparison(value);
      })
      .catch(() => {
        // The worker may be restarting after an update; the next change will report again.
      });
  }
}
