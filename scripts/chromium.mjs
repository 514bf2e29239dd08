// How every tool here starts Debian's Chromium with the built extension: the end-to-end
// tests, `npm start` and `npm run bench:page`. Never a browser of Playwright's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags known to work here (../shared/notes/toolchain.md); without the network ones Chromium keeps dialling out. */
export function chromiumArgs(extensionDir) {
  return [
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * A persistent context (extensions need one) in a fresh profile, removed on `dispose`.
 * Requests to anything but this machine are aborted unless a later route answers them.
 */
export async function launchChromium(extensionDir, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'mission-lens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: chromiumArgs(extensionDir),
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('blockedbyclient'));
  const dispose = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, profile, dispose };
}
