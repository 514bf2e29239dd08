import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { onlyDeclaredResources } from './manifest/declared-resources.ts';
import { CONTENT_SCRIPT, makeManifest, type Target } from './manifest/manifest.ts';

// Modes: `chrome` and `firefox` are the store builds. `demo` is the Chrome build plus
// the local demo board's address, so `npm start` can show a career site on localhost.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const extra = mode === 'demo' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];
  const manifest = makeManifest(target, extra);
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: target,
        // One self-contained content script: no loader chunk, no web-accessible
        // resources that any page could fetch, and injectable on request as a file.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      onlyDeclaredResources(manifest),
    ],
    build: {
      outDir: `dist/${mode === 'demo' ? 'demo' : target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox128' : 'chrome116',
      sourcemap: false,
      minify: true,
      modulePreload: false,
      // Pages no manifest key builds: the card's and the marks' frames (only web-accessible) and the saved list.
      rollupOptions: {
        input: { frame: 'src/frame/index.html', marks: 'src/marks/index.html', list: 'src/list/index.html' },
      },
    },
  };
});
