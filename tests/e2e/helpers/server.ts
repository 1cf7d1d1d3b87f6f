// A static server for dist/ on a free loopback port, with the SPA fallback a real host would have.
// Tests own it so they can change what it serves (e.g. a new service worker to test updates).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
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

export interface StaticServer {
  url: string;
  port: number;
  /** Replace a file's content (by URL path) without touching disk. */
  override(path: string, body: string | Buffer): void;
  close(): Promise<void>;
}

export async function startStaticServer(root = resolve('dist')): Promise<StaticServer> {
  const overrides = new Map<string, string | Buffer>();
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const o = overrides.get(urlPath);
    if (o !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(urlPath)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(o);
      return;
    }
    let file = normalize(join(root, urlPath));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Unknown paths without an extension are app routes: serve the shell, as hosting would.
      file = extname(urlPath) ? file : join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    override: (path, body) => overrides.set(path, body),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
