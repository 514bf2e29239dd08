// Firefox ESR smoke run: the built store extension (dist/firefox), installed by `web-ext run`
// in headless Firefox ESR, reads a job posting and its background keeps the result.
//
// How it proves it, with no test hook in the extension:
// - A local Node http server serves a fictional posting (test/firefox/posting.html).
// - Firefox is driven over WebDriver BiDi (a raw client on Firefox's --remote-debugging-port).
//   The tab opens the posting at a real Greenhouse address, so the release manifest's own
//   match patterns decide whether the content script runs; BiDi network interception
//   answers that address from the local server (nothing leaves the machine).
// - The extension's moz-extension UUID is pinned by a pref, so an extension page can be
//   opened: there `browser.storage.session` shows what the background stored for the tab,
//   `browser.action` shows the badge it set, and the popup (`?tab=<id>`) shows what a
//   user would read.
// Exits 0 with one `firefox smoke: passed (...)` line; non-zero with the reason otherwise.
// Firefox and web-ext are always stopped.
//
// Usage: node scripts/firefox-smoke.mjs [--source-dir dist/firefox] [--verbose]
// Env: FIREFOX_BIN (default /usr/bin/firefox-esr).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node 20 has a global WebSocket only behind a flag (Node 22 has it by default): run
// again with the flag instead of depending on a WebSocket package.
if (typeof globalThis.WebSocket !== 'function') {
  const again = spawnSync(
    process.execPath,
    [
      '--experimental-websocket',
      '--disable-warning=ExperimentalWarning',
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exit(again.status ?? 1);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VERBOSE = args.includes('--verbose');
const SOURCE_DIR = resolve(ROOT, argValue('--source-dir') ?? 'dist/firefox');
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');
const FIXTURE = join(ROOT, 'test/firefox/posting.html');
const GECKO_ID = 'mission-lens@missionlens.dev';

// The posting's real-world address: a Greenhouse hosted board, which the release manifest matches.
const POSTING_URL = 'https://boards.greenhouse.io/northwindvalleyhealthplan/jobs/4012345';
const EXPECTED = {
  title: 'Healthcare Data Analyst',
  company: 'Northwind Valley Health Plan',
  board: 'greenhouse',
};

const DEADLINE_MS = 55_000; // the whole run, Firefox start to stop
const started = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...m) => VERBOSE && console.error('[smoke]', ...m);

class SmokeFailure extends Error {}
const fail = (reason) => {
  throw new SmokeFailure(reason);
};

// ---------------------------------------------------------------------------------------
// Cleanup: stop Firefox and web-ext whatever happens.

let webExt = null; // the web-ext child process
let bidi = null;
let server = null;
const webExtOutput = [];
const knownPids = new Set(); // web-ext and every process below it (Firefox and its children)

function childrenOf(pid) {
  const kids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

const profiles = new Set(); // web-ext's temporary Firefox profile, removed here if web-ext could not

function rememberProcessTree() {
  if (!webExt?.pid || process.platform !== 'linux') return;
  const queue = [webExt.pid];
  while (queue.length) {
    const pid = queue.shift();
    knownPids.add(pid);
    queue.push(...childrenOf(pid));
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const profile = argv[argv.indexOf('-profile') + 1];
      if (argv.includes('-profile') && profile && basename(profile).startsWith('firefox-profile')) {
        profiles.add(resolve(profile));
      }
    } catch {
      // the process ended while we looked
    }
  }
}

const commOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
};

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function cleanup() {
  rememberProcessTree();
  // Politely first: BiDi asks Firefox to quit, and web-ext then removes its temporary profile.
  if (bidi) {
    await bidi.send('browser.close', {}, 3_000).catch(() => {});
    bidi.close();
  }
  if (webExt && webExt.exitCode === null && webExt.signalCode === null) {
    await Promise.race([new Promise((r) => webExt.once('exit', r)), sleep(5_000)]);
  }
  // Firefox's child processes may take a moment longer to end after it quits.
  const until = Date.now() + 3_000;
  while ([...knownPids].some(alive) && Date.now() < until) await sleep(100);
  // Then by force: each remembered process that is still there, by its id.
  for (const pid of knownPids) {
    if (alive(pid)) {
      log('killing', pid, commOf(pid));
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }
  for (const profile of profiles) {
    if (dirname(profile) === resolve(tmpdir()) && existsSync(profile))
      rmSync(profile, { recursive: true, force: true });
  }
  await new Promise((r) => (server ? server.close(r) : r()));
}

// ---------------------------------------------------------------------------------------
// A minimal WebDriver BiDi client.

class Bidi {
  #ws;
  #next = 0;
  #pending = new Map();
  #listeners = new Set();

  static async connect(url, untilMs) {
    for (;;) {
      try {
        const ws = await new Promise((res, rej) => {
          const socket = new WebSocket(url);
          socket.onopen = () => res(socket);
          socket.onerror = () => rej(new Error('connect failed'));
        });
        return new Bidi(ws);
      } catch {
        if (Date.now() > untilMs) fail(`could not connect to Firefox's WebDriver BiDi at ${url}`);
        if (webExt && webExt.exitCode !== null) fail(`web-ext exited early with code ${webExt.exitCode}`);
        await sleep(250);
      }
    }
  }

  constructor(ws) {
    this.#ws = ws;
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.id !== undefined && this.#pending.has(message.id)) {
        const { resolve, reject, method } = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.type === 'error') reject(new Error(`${method}: ${message.error}: ${message.message}`));
        else resolve(message.result);
      } else if (message.type === 'event') {
        for (const listener of this.#listeners) listener(message);
      }
    };
    ws.onclose = () => {
      for (const { reject, method } of this.#pending.values())
        reject(new Error(`${method}: connection closed`));
      this.#pending.clear();
    };
  }

  send(method, params, timeoutMs = 10_000) {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.#ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener) {
    this.#listeners.add(listener);
  }

  close() {
    try {
      this.#ws.close();
    } catch {
      // already closed
    }
  }

  /** Evaluate `expression` (a promise is awaited) in a context's page realm; JSON in, JSON out. */
  async evaluate(context, expression) {
    const result = await this.send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`evaluation failed: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value);
  }
}

// ---------------------------------------------------------------------------------------

function freePort() {
  return new Promise((res, rej) => {
    const probe = createNetServer();
    probe.once('error', rej);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => res(port));
    });
  });
}

/** The local site: the fixture at the posting's path, 404 for anything else (e.g. the favicon). */
async function startServer() {
  const html = readFileSync(FIXTURE);
  const path = new URL(POSTING_URL).pathname;
  server = createServer((req, res) => {
    if (req.method === 'GET' && req.url.split('?')[0] === path) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${server.address().port}`;
}

function checkBuild() {
  const manifestPath = join(SOURCE_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`firefox smoke: no build at ${SOURCE_DIR}; building it (vite build --mode firefox)`);
    const built = spawnSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status !== 0 || !existsSync(manifestPath)) fail('the Firefox build failed');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.browser_specific_settings?.gecko?.id !== GECKO_ID)
    fail(`the manifest's gecko id is not ${GECKO_ID}`);
  if (!manifest.background?.scripts?.length)
    fail('the manifest has no background.scripts (Firefox needs them)');
  const host = new URL(POSTING_URL).host;
  const matched = manifest.content_scripts?.some((cs) => cs.matches?.includes(`https://${host}/*`));
  if (!matched) fail(`the manifest's content scripts do not match https://${host}/*`);
  return manifest;
}

async function run() {
  if (!existsSync(FIREFOX))
    fail(`no Firefox at ${FIREFOX} (set FIREFOX_BIN, or run scripts/install-browsers.sh)`);
  if (!existsSync(WEB_EXT)) fail('web-ext is not installed (npm ci)');
  const manifest = checkBuild();
  const origin = await startServer();
  const port = await freePort();
  const uuid = randomUUID();

  // Firefox's pref parser reads string values as JS strings and web-ext writes them as
  // they are, so the JSON's own quotes must arrive escaped.
  const uuidMap = JSON.stringify({ [GECKO_ID]: uuid }).replaceAll('"', '\\"');
  webExt = spawn(
    WEB_EXT,
    [
      'run',
      '--source-dir',
      SOURCE_DIR,
      '--firefox',
      FIREFOX,
      '--no-input',
      '--no-reload',
      '--start-url',
      'about:blank',
      `--arg=--remote-debugging-port=${port}`,
      // Lets BiDi open moz-extension:// pages (Firefox refuses them to WebDriver otherwise).
      '--arg=--remote-allow-system-access',
      '--pref',
      `extensions.webextensions.uuids=${uuidMap}`,
    ],
    { cwd: ROOT, env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let installed = false;
  const onOutput = (chunk) => {
    const text = chunk.toString();
    for (const line of text.split('\n')) if (line.trim()) webExtOutput.push(line);
    if (webExtOutput.length > 400) webExtOutput.splice(0, webExtOutput.length - 400);
    if (/Installed .* as a temporary add-on/.test(text)) installed = true;
    if (VERBOSE) process.stderr.write(text);
  };
  webExt.stdout.on('data', onOutput);
  webExt.stderr.on('data', onOutput);
  webExt.on('error', (e) => webExtOutput.push(`spawn error: ${e.message}`));

  bidi = await Bidi.connect(`ws://127.0.0.1:${port}/session`, Date.now() + 30_000);
  log('BiDi connected after', Date.now() - started, 'ms');
  await bidi.send('session.new', { capabilities: {} });

  // Answer the board's address from the local server.
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [{ type: 'pattern', protocol: 'https', hostname: new URL(POSTING_URL).hostname }],
  });
  const served = [];
  bidi.on(async ({ method, params }) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const request = params.request.request;
    try {
      const url = new URL(params.request.url);
      const response = await fetch(origin + url.pathname + url.search);
      const body = Buffer.from(await response.arrayBuffer());
      served.push(`${response.status} ${url.pathname}`);
      await bidi.send('network.provideResponse', {
        request,
        statusCode: response.status,
        reasonPhrase: response.statusText,
        headers: [
          { name: 'content-type', value: { type: 'string', value: response.headers.get('content-type') } },
        ],
        body: { type: 'base64', value: body.toString('base64') },
      });
    } catch (error) {
      log('interception failed:', error.message);
      await bidi.send('network.failRequest', { request }).catch(() => {});
    }
  });

  // The posting must open after the add-on is installed, so its content script is injected.
  while (!installed) {
    if (Date.now() - started > 30_000) fail('web-ext did not install the extension within 30 s');
    if (webExt.exitCode !== null) fail(`web-ext exited early with code ${webExt.exitCode}`);
    await sleep(100);
  }
  rememberProcessTree();
  log('add-on installed after', Date.now() - started, 'ms');

  const { contexts } = await bidi.send('browsingContext.getTree', {});
  const page = contexts[0].context;
  await bidi.send('browsingContext.navigate', { context: page, url: POSTING_URL, wait: 'complete' });
  if (!served.includes(`200 ${new URL(POSTING_URL).pathname}`))
    fail('the posting was not served from the local server');
  log('posting loaded after', Date.now() - started, 'ms');

  // An extension page, to read what the background stored.
  const { context: ext } = await bidi.send('browsingContext.create', { type: 'tab' });
  const base = `moz-extension://${uuid}/`;
  const popupPath = manifest.action.default_popup;
  await bidi
    .send('browsingContext.navigate', { context: ext, url: base + popupPath, wait: 'complete' })
    .catch((e) => {
      fail(`could not open the extension page ${base + popupPath} (${e.message})`);
    });

  let tabId = null;
  let stored = null;
  const until = Date.now() + 15_000;
  while (!stored) {
    const all = await bidi.evaluate(ext, 'browser.storage.session.get(null)');
    for (const [key, value] of Object.entries(all ?? {})) {
      if (key.startsWith('tab:') && value?.url === POSTING_URL) {
        tabId = Number(key.slice(4));
        stored = value;
      }
    }
    if (stored) break;
    if (Date.now() > until) {
      fail(
        `the background stored nothing for ${POSTING_URL} within 15 s (storage.session keys: ${Object.keys(all ?? {}).join(', ') || 'none'})`,
      );
    }
    await sleep(200);
  }
  log('stored state found after', Date.now() - started, 'ms');

  const a = stored.analysis ?? {};
  if (stored.v !== 1) fail(`stored state has version ${stored.v}, expected 1`);
  if (a.isJobPosting !== true) fail('the background stored isJobPosting = false for the posting');
  if (a.title !== EXPECTED.title)
    fail(`stored title is ${JSON.stringify(a.title)}, expected ${JSON.stringify(EXPECTED.title)}`);
  if (a.company !== EXPECTED.company)
    fail(`stored company is ${JSON.stringify(a.company)}, expected ${JSON.stringify(EXPECTED.company)}`);
  if (a.board !== EXPECTED.board)
    fail(`stored board is ${JSON.stringify(a.board)}, expected ${JSON.stringify(EXPECTED.board)}`);
  if (a.healthcare?.is !== true)
    fail(`the background did not classify the health plan as healthcare (${JSON.stringify(a.healthcare)})`);

  // The claims highlighted in the page itself (CSS.highlights is the document's, so the
  // page's own world sees what the content script registered), and one host element.
  if (!(a.claims?.length > 0)) fail('the analysis found no mission claims in the posting');
  let marked = null;
  const markedUntil = Date.now() + 10_000;
  for (;;) {
    marked = await bidi.evaluate(
      page,
      `(() => { let ranges = 0; const names = [];
        for (const [name, h] of CSS.highlights) if (name.startsWith('mission-lens-')) { names.push(name); ranges += h.size; }
        return { ranges, names, hosts: document.querySelectorAll('mission-lens-host').length }; })()`,
    );
    if (marked.ranges > 0 && marked.hosts === 1) break;
    if (Date.now() > markedUntil)
      fail(`the page shows no highlights or no single host element: ${JSON.stringify(marked)}`);
    await sleep(200);
  }
  log('highlights in the page:', JSON.stringify(marked));

  // The badge the background set on that tab.
  const badge = await bidi.evaluate(ext, `browser.action.getBadgeText({ tabId: ${tabId} })`);
  if (!badge) fail(`no toolbar badge on tab ${tabId}`);

  // The popup for that tab, as a user would see it.
  await bidi.send('browsingContext.navigate', {
    context: ext,
    url: `${base}${popupPath}?tab=${tabId}`,
    wait: 'complete',
  });
  let shown = null;
  const popupUntil = Date.now() + 5_000;
  while (!shown?.title) {
    shown = await bidi.evaluate(
      ext,
      `(() => { const t = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent?.trim() ?? null;
        return { title: t('title'), company: t('company'), verdict: t('verdict'), body: document.body.innerText.slice(0, 300) }; })()`,
    );
    if (shown.title) break;
    if (Date.now() > popupUntil)
      fail(`the popup shows no posting for tab ${tabId}: ${JSON.stringify(shown.body)}`);
    await sleep(100);
  }
  if (shown.title !== EXPECTED.title) fail(`the popup shows title ${JSON.stringify(shown.title)}`);
  if (!shown.company?.startsWith(EXPECTED.company))
    fail(`the popup shows company ${JSON.stringify(shown.company)}`);
  if (!shown.verdict?.startsWith('Healthcare'))
    fail(`the popup's verdict is ${JSON.stringify(shown.verdict)}`);

  return { analysis: a, badge, verdict: shown.verdict, marked };
}

// ---------------------------------------------------------------------------------------

const deadline = new Promise((_, reject) =>
  setTimeout(() => reject(new SmokeFailure(`timed out after ${DEADLINE_MS / 1000} s`)), DEADLINE_MS),
);
let code = 0;
try {
  const { analysis, badge, verdict, marked } = await Promise.race([run(), deadline]);
  await cleanup();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `firefox smoke: passed (title "${analysis.title}", company "${analysis.company}", ${verdict.toLowerCase()}, badge "${badge}", ${marked.ranges} of ${analysis.claims.length} claims highlighted, ${seconds} s)`,
  );
} catch (error) {
  code = 1;
  const reason = error instanceof SmokeFailure ? error.message : `unexpected error: ${error?.stack ?? error}`;
  await cleanup().catch(() => {});
  const noise =
    /RemoteSettings|remote-settings|Remote Settings|NS_ERROR_UNKNOWN_HOST|services\.settings|normandy/i;
  const tail = webExtOutput.filter((l) => !noise.test(l)).slice(-25);
  if (tail.length)
    console.error(
      `web-ext/Firefox output (last lines, remote-settings noise left out):\n  ${tail.join('\n  ')}`,
    );
  console.error(`firefox smoke: FAILED: ${reason}`);
}
process.exit(code);
