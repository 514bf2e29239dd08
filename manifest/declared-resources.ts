// @crxjs/vite-plugin lists every script imported with `?script` (the generic reader,
// which the worker injects with scripting.executeScript) as a web-accessible resource,
// at a fixed address, for every http(s) page (crxjs/chrome-extension-tools#1130). A page
// could then load chrome-extension://<the store's id>/… and learn that Mission Lens is
// installed, and executeScript needs no such entry. So the built manifest keeps exactly
// the web-accessible resources that manifest.ts declares.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Resources {
  web_accessible_resources?: unknown[];
}

/** `declared`: the manifest handed to crx(), a plain object (manifest.ts builds no other). */
export function onlyDeclaredResources(declared: object): Plugin {
  const resources = (declared as Resources).web_accessible_resources;
  if (resources !== undefined && !Array.isArray(resources))
    throw new Error('manifest.ts: web_accessible_resources is not a list');
  let outDir = '';
  return {
    name: 'mission-lens:only-declared-resources',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const file = join(outDir, 'manifest.json');
        const built = JSON.parse(readFileSync(file, 'utf8')) as Resources;
        if (resources) built.web_accessible_resources = resources;
        else delete built.web_accessible_resources;
        writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
      },
    },
  };
}
