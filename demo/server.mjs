// A tiny static server for the Mission Lens demo job board (fictional sample postings).
//
//   import { startDemoServer } from './demo/server.mjs';
//   const { origin, close, catalog } = await startDemoServer(); // port 0 = any free port
//
//   node demo/server.mjs [port]     # prints the origin and keeps serving
//
// Routes: `/` (index.html), `/catalog.json` (with `{origin}` filled in), `/postings/*.html`, and
// every catalog page whose URL is on the server's own origin (`{origin}/careers/<slug>.html`,
// `{origin}/about/...`). Nothing outside demo/ is ever served.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEMO_DIR = dirname(fileURLToPath(import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Only these top-level paths may be served as plain files. */
const STATIC_DIRS = ['postings'];

/** The catalog with `{origin}` filled in, plus `localUrl`: where this server serves the page itself. */
export const loadCatalog = async (origin) => {
  const raw = JSON.parse(await readFile(join(DEMO_DIR, 'catalog.json'), 'utf8'));
  return raw.map((entry) => ({
    ...entry,
    url: entry.url.replaceAll('{origin}', origin),
    localUrl: `${origin}/${entry.file}`,
  }));
};

/** Resolves a URL path to a file inside demo/, or null. Rejects anything that escapes the folder. */
const resolveStatic = (pathname) => {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length < 2 || !STATIC_DIRS.includes(parts[0])) return null;
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0'))) return null;
  const full = resolve(DEMO_DIR, ...parts);
  return full.startsWith(DEMO_DIR + sep) ? full : null;
};

/**
 * Starts the demo board on 127.0.0.1. Resolves to `{ origin, close, catalog }`; `catalog` is the
 * loaded catalog (see loadCatalog) and `close()` stops the server and resolves when it is down.
 */
export const startDemoServer = (port = 0, host = '127.0.0.1') =>
  new Promise((resolveStart, rejectStart) => {
    let origin = '';
    /** Same-origin catalog pages: URL path -> file (e.g. /careers/x.html -> postings/y.html). */
    const ownRoutes = new Map();

    const send = (req, res, status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = (req, res) => send(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');

    const server = createServer(async (req, res) => {
      try {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('Allow', 'GET, HEAD');
          return send(req, res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
        }
        let pathname;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          return send(req, res, 400, 'text/plain; charset=utf-8', 'Bad request\n');
        }
        if (pathname.includes('\0')) return send(req, res, 400, 'text/plain; charset=utf-8', 'Bad request\n');

        if (pathname === '/' || pathname === '/index.html') {
          const html = await readFile(join(DEMO_DIR, 'index.html'), 'utf8');
          return send(req, res, 200, CONTENT_TYPES['.html'], html);
        }
        if (pathname === '/catalog.json') {
          const text = await readFile(join(DEMO_DIR, 'catalog.json'), 'utf8');
          return send(req, res, 200, CONTENT_TYPES['.json'], text.replaceAll('{origin}', origin));
        }
        if (pathname === '/favicon.ico') {
          res.writeHead(204, { 'Cache-Control': 'no-store' });
          return res.end();
        }
        const routed = ownRoutes.get(pathname);
        const file = routed ? resolveStatic(`/${routed}`) : resolveStatic(pathname);
        if (!file) return notFound(req, res);
        let body;
        try {
          body = await readFile(file);
        } catch {
          return notFound(req, res);
        }
        const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        return send(req, res, 200, type, body);
      } catch (err) {
        if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', 'Internal error\n');
        else res.destroy();
        console.error('[demo server]', err);
      }
    });

    server.once('error', rejectStart);
    server.listen(port, host, async () => {
      try {
        const { port: actualPort } = server.address();
        origin = `http://${host}:${actualPort}`;
        const catalog = await loadCatalog(origin);
        for (const entry of catalog) {
          if (entry.url.startsWith(`${origin}/`)) ownRoutes.set(new URL(entry.url).pathname, entry.file);
        }
        const close = () =>
          new Promise((resolveClose) => {
            server.close(() => resolveClose());
            server.closeAllConnections?.();
          });
        resolveStart({ origin, close, catalog });
      } catch (err) {
        server.close();
        rejectStart(err);
      }
    });
  });

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const arg = process.argv[2];
  const port = arg === undefined ? 0 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`usage: node demo/server.mjs [port]   (got "${arg}")`);
    process.exit(2);
  }
  const { origin, close } = await startDemoServer(port);
  console.log(`Mission Lens demo board (fictional sample postings): ${origin}/`);
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
