// Static file server for the built app (dist/ or a comparison build) on a free loopback port, with
// the SPA fallback to index.html that any real host gives. Used by the browser tests and the
// benchmarks; `override` lets a test publish a changed file (e.g. a new service worker).
// `base` serves the folder under a sub-path ("/bitacora/"), as a project page or a school's own
// site would: nothing outside it exists, and "/bitacora" redirects to "/bitacora/" as hosts do.
// The returned `url` then ends in the sub-path (no trailing slash), so `${url}/sesiones` works
// for either, and override paths are relative to it too. `fail` answers a path with 503 a number
// of times (a module lost while the Wi-Fi changes), for browsers a test cannot intercept.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export async function serveDir(dir = 'dist', { port: wanted = 0, base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const overrides = new Map();
  const failures = new Map();
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    const headers = (p) => ({ 'content-type': TYPES[extname(p)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (prefix) {
      if (path === prefix) return res.writeHead(301, { location: `${prefix}/` }).end();
      if (!path.startsWith(`${prefix}/`)) return res.writeHead(404).end('not found');
      path = path.slice(prefix.length);
    }
    const failing = failures.get(path) ?? 0;
    if (failing > 0) {
      failures.set(path, failing - 1);
      return res.writeHead(503, { 'cache-control': 'no-store' }).end('no disponible');
    }
    if (overrides.has(path)) return res.writeHead(200, headers(path)).end(overrides.get(path));
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Unknown paths without an extension are app routes: serve the shell, as hosting would.
      if (!extname(path)) file = join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, headers(file)).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(wanted, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    port,
    override: (path, body) => overrides.set(path, body),
    fail: (path, times) => failures.set(path, times),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
