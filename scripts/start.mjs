// `npm start`: builds the extension, serves the demo job board on localhost and opens
// Chromium with Mission Lens loaded. Board pages are served at their real addresses
// (www.linkedin.com, boards.greenhouse.io, jobs.lever.co) by request routing, so the
// store build's own match patterns apply; nothing leaves the machine.
// With a display it opens a window and waits until you close it; without one it visits
// every demo page headlessly, prints what the extension found and saves screenshots.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { CHROMIUM_PATH, launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/demo');
const shots = join(root, 'test-artifacts/demo');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

if (!existsSync(CHROMIUM_PATH))
  execFileSync('bash', ['scripts/install-browsers.sh'], { stdio: 'inherit', cwd: root });
console.log('Building Mission Lens…');
execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'error'], {
  stdio: 'inherit',
  cwd: root,
});

const server = await startDemoServer(0);
const catalog = server.catalog;
const { context, dispose } = await launchChromium(dist, {
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 900 },
});
for (const entry of catalog) {
  if (entry.url.startsWith(server.origin)) continue;
  const body = readFileSync(join(root, 'demo', entry.file), 'utf8');
  await context.route(entry.url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const popupPath = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).action.default_popup;

async function cleanUp() {
  await dispose();
  await server.close();
}

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  console.log(`Demo board: ${server.origin}/ (close the browser window to stop)`);
  await new Promise((done) => context.on('close', done));
  await cleanUp();
} else {
  mkdirSync(shots, { recursive: true });
  console.log(`No display: visiting the demo pages headlessly. Screenshots go to ${shots}\n`);
  let index = 0;
  for (const entry of catalog) {
    index++;
    const page = await context.newPage();
    await page.goto(entry.url);
    const tabId = await worker.evaluate(async () => {
      const own = chrome.runtime.getURL('');
      const ids = (await chrome.tabs.query({})).filter((t) => !t.url?.startsWith(own)).map((t) => t.id ?? 0);
      return Math.max(...ids);
    });
    // A board's posting is read by itself: wait for it (the first one pays for a cold
    // browser and worker). A page that is not a posting never reports, and a career site
    // is read only on request: a moment is enough there.
    const waitMs = entry.isPosting && entry.style !== 'career-site' ? 20_000 : 1_500;
    let state = null;
    for (let i = 0; i < waitMs / 100 && !state; i++) {
      state = await worker.evaluate(
        async (key) => (await chrome.storage.session.get(key))[key] ?? null,
        `tab:${tabId}`,
      );
      if (!state) await page.waitForTimeout(100);
    }
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
    await popup.waitForSelector('[data-state]');
    if (!state?.analysis.isJobPosting) {
      // A career site is read on request: press the popup's "Analyse this page anyway".
      await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
      await popup.waitForSelector(
        '[data-state="posting"], [data-state="not-a-posting"] [role="status"], [data-state="restricted"]',
      );
      state = await worker.evaluate(
        async (key) => (await chrome.storage.session.get(key))[key] ?? null,
        `tab:${tabId}`,
      );
    }
    const a = state?.analysis;
    const name = `${String(index).padStart(2, '0')}-${entry.file.replace(/^.*\//, '').replace(/\.html$/, '')}`;
    console.log(entry.url);
    if (a?.isJobPosting) {
      const hc = a.healthcare.is ? `healthcare (${a.healthcare.segment})` : 'not healthcare';
      const vague = a.claims.filter((c) => c.specificity === 'vague').length;
      console.log(`  ${a.title} · ${a.company} · ${hc} · ${a.claims.length} claims (${vague} vague)`);
    } else {
      console.log('  not a job posting');
    }
    await page.screenshot({ path: join(shots, `${name}-page.png`) });
    await popup.screenshot({ path: join(shots, `${name}-popup.png`), fullPage: true });
    await popup.close();
    await page.close();
  }
  console.log(`\nScreenshots: ${shots}`);
  await cleanUp();
}
