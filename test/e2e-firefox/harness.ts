// Starts Firefox ESR with puppeteer-core over WebDriver BiDi, installs the built store
// extension (dist/firefox) as a temporary add-on, and answers saved pages at their real
// board addresses by request interception, so the release manifest's own match patterns
// decide where the content script runs. Every other request that would leave the
// machine is aborted, and a dead proxy catches whatever the browser itself would send.
//
// Where puppeteer has no API, the raw BiDi session is used (`bidi()`): puppeteer does
// not follow navigations to moz-extension:// pages (their `goto` never resolves and
// `url()` stays about:blank), and cannot reach a closed shadow root or Firefox's parent
// process, which is where an event page is suspended.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/firefox');
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'mission-lens@missionlens.dev';
/** Pinned with a pref, so extension pages have a known address (Firefox picks one at random). */
export const UUID = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export const readText = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// Functions evaluated in extension pages use Firefox's own `browser` namespace.
declare const browser: typeof chrome;

interface Manifest {
  action: { default_popup: string };
  options_ui: { page: string };
  background?: { scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

type Match = string | ((url: URL) => boolean);
interface Route {
  match: Match;
  html: string;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface Firefox {
  browser: Browser;
  manifest: Manifest;
  /** Raw WebDriver BiDi, for what puppeteer has no API for. */
  bidi<T = unknown>(method: string, params: object): Promise<T>;
  /** Answer `html` for every page address that `match` (an exact URL or a test) covers. */
  serve(match: Match, html: string): void;
  /** Requests that were aborted because nothing local answers them. */
  blocked: string[];
  /** A new tab whose requests go through the routes, showing `url` (loaded) if given. */
  openPage(url?: string): Promise<Page>;
  /** A new tab showing an extension page (`path` under the extension's origin). */
  openExtensionPage(path: string): Promise<Page>;
  /** A quiet extension page, to read storage and tabs from. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The BiDi browsing context id of a puppeteer page or frame (puppeteer keeps it as `_id`). */
export const contextOf = (target: Page | Frame): string => {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  const id = (frame as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer no longer exposes the BiDi context id');
  return id;
};

const isLocal = (url: URL) =>
  !['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) ||
  url.hostname === '127.0.0.1' ||
  url.hostname === 'localhost';

function matches(match: Match, url: URL): boolean {
  return typeof match === 'string' ? match === url.href : match(url);
}

function checkBuild(): Manifest {
  const path = join(DIST, 'manifest.json');
  if (!existsSync(path)) throw new Error(`no Firefox build at ${DIST}: run \`node scripts/build.mjs\` first`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  // The pinned address only applies to this id, and Firefox needs background.scripts.
  if (manifest.browser_specific_settings?.gecko?.id !== GECKO_ID)
    throw new Error(`${path} has no gecko id ${GECKO_ID}: is it the Firefox build?`);
  if (!manifest.background?.scripts?.length) throw new Error(`${path} has no background.scripts`);
  return manifest;
}

export async function launchFirefox(): Promise<Firefox> {
  const manifest = checkBuild();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox's first start on a busy 2-core machine once took longer than puppeteer's
    // default 30 s to print its endpoint; the hook allows 90 s in all.
    timeout: 75_000,
    // Lets BiDi open and script moz-extension:// pages and Firefox's parent process.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Whatever the browser would fetch by itself goes to a closed local port (loopback
      // addresses are never proxied). Intercepted requests are answered or aborted before
      // any connection is made, so the routes still work.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const bidi = async <T>(method: string, params: object) =>
    ((await connection.send(method, params)) as { result: T }).result;

  try {
    const id = await browser.installExtension(DIST);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, not ${GECKO_ID}`);
    await welcomeOpened(bidi, `${EXTENSION_ORIGIN}/${manifest.options_ui.page}#welcome`);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const routes: Route[] = [];
  const blocked: string[] = [];
  const onRequest = (request: HTTPRequest) => {
    const url = new URL(request.url());
    // A route answers only the page itself: a board's script, style or image is not needed.
    const route = request.isNavigationRequest() ? routes.findLast((r) => matches(r.match, url)) : undefined;
    let answered: Promise<void>;
    if (route)
      answered = request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: route.html });
    else if (isLocal(url)) answered = request.continue();
    else {
      blocked.push(url.href);
      answered = request.abort();
    }
    // A request whose tab closed meanwhile cannot be answered, and needs no answer.
    answered.catch(() => undefined);
  };

  const navigate = async (page: Page, url: string) => {
    await bidi('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
  };
  let quiet: Page | null = null;

  const ff: Firefox = {
    browser,
    manifest,
    bidi,
    serve: (match, html) => void routes.push({ match, html }),
    blocked,
    async openPage(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      if (url) await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async extensionPage() {
      quiet ??= await ff.openExtensionPage('src/frame/index.html');
      return quiet;
    },
    close: () => browser.close(),
  };
  // The card's own page, opened as a tab: no content script hands it a port, so it asks
  // nothing of the background and changes nothing. Opened first, so that the pages a
  // test opens are in front of it: Firefox slows the timers of background tabs to one a
  // second, which a page the user is looking at never sees.
  await ff.extensionPage();
  return ff;
}

/**
 * The install opens the welcome wizard in a tab of its own. Until it has, a tab a test
 * opens may be older than it, and `tabIdOf` (the newest page tab) could pick the wrong one.
 */
async function welcomeOpened(bidi: Firefox['bidi'], url: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    const { contexts } = await bidi<{ contexts: { url: string }[] }>('browsingContext.getTree', {});
    if (contexts.some((c) => c.url === url)) return;
    if (Date.now() > until) throw new Error(`the install did not open ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The extension's id for the tab showing `page`, from tabs.query in an extension page. */
export async function tabIdOf(ff: Firefox, page: Page): Promise<number> {
  const ext = await ff.extensionPage();
  const url = await page.evaluate(() => location.href);
  const id = await ext.evaluate(async (href) => {
    const tabs = await browser.tabs.query({});
    // The extension sees the URL of tabs its host permissions cover; otherwise the newest
    // tab that is not one of its own pages is the one just opened.
    const exact = tabs.filter((t) => t.url === href && t.id !== undefined);
    if (exact.length === 1) return exact[0]!.id!;
    const own = browser.runtime.getURL('');
    const ids = tabs.filter((t) => !t.url?.startsWith(own) && t.id !== undefined).map((t) => t.id!);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export interface StoredState {
  url: string;
  analysis: {
    isJobPosting: boolean;
    title: string | null;
    company: string | null;
    board: string;
    healthcare: { is: boolean; segment: string };
    claims: { text: string; theme: string; specificity: 'vague' | 'specific'; start: number }[];
  };
  comparison?: { summary: string };
}

/** What the background stored for a tab (storage.session), read from an extension page. */
export async function tabState(ff: Firefox, tabId: number): Promise<StoredState | null> {
  const ext = await ff.extensionPage();
  return ext.evaluate(async (key) => {
    const got = await browser.storage.session.get(key);
    return (got[key] as never) ?? null;
  }, `tab:${tabId}`);
}

export async function waitForState(
  ff: Firefox,
  tabId: number,
  ready: (s: StoredState) => boolean,
  timeoutMs = 20_000,
): Promise<StoredState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await tabState(ff, tabId);
    if (state && ready(state)) return state;
    if (Date.now() > until)
      throw new Error(`tab ${tabId}: state never became ready; last: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A value from the extension's storage, read from an extension page (the background may be suspended). */
export async function stored(ff: Firefox, area: 'local' | 'session' | 'sync', key: string): Promise<unknown> {
  const ext = await ff.extensionPage();
  return ext.evaluate(async (a, k) => (await browser.storage[a].get(k))[k] ?? null, area, key);
}

/** Writes to the extension's storage from an extension page, as its own pages do. */
export async function store(
  ff: Firefox,
  area: 'local' | 'sync',
  items: Record<string, unknown>,
): Promise<void> {
  const ext = await ff.extensionPage();
  await ext.evaluate(async (a, i) => browser.storage[a].set(i), area, items);
}

/** The toolbar badge the background set on a tab. */
export async function badgeText(ff: Firefox, tabId: number): Promise<string> {
  const ext = await ff.extensionPage();
  return ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
}

/** What the toolbar button says on a tab: its title (the tooltip) and its badge. */
export async function toolbarButton(ff: Firefox, tabId: number): Promise<{ title: string; badge: string }> {
  const ext = await ff.extensionPage();
  return ext.evaluate(
    async (id) => ({
      title: await browser.action.getTitle({ tabId: id }),
      badge: await browser.action.getBadgeText({ tabId: id }),
    }),
    tabId,
  );
}

/** The popup for a tab, opened in a tab of its own as the "full analysis" link does. */
export function openPopup(ff: Firefox, tabId: number): Promise<Page> {
  return ff.openExtensionPage(`${ff.manifest.action.default_popup}?tab=${tabId}`);
}
