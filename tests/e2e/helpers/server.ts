// Browser tests serve the production build (dist/, service worker included) on a free loopback port.
// Every spec gets it the same way: `const server = serveBuild();` at the top of the file starts one
// server before the spec's tests and closes it after them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { serveDir, type ServedDir } from '../../../scripts/serve-dir.mjs';

export type StaticServer = ServedDir;

/** The two ways the app is hosted: at a host's root, and under a project page's sub-path (issue 21). */
export const HOSTS = [
  { name: 'en la raíz', dir: 'dist', base: '/' },
  { name: 'bajo /bitacora/', dir: 'dist-sub', base: '/bitacora/' },
] as const;
export type Host = (typeof HOSTS)[number];
export const SUB_PATH_HOST = HOSTS[1];

export function startStaticServer(root = 'dist', base = '/'): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    const build = base === '/' ? 'npx vite build' : `npx vite build --base=${base} --outDir ${root}`;
    throw new Error(`No build in ${root}/: run \`${build}\` first (npm test does).`);
  }
  return serveDir(root, { base });
}

/** The build served for this spec file, readable inside its tests and hooks. */
export function serveBuild(root = 'dist', base = '/'): Pick<StaticServer, 'url' | 'origin' | 'port' | 'override' | 'fail'> {
  let served: StaticServer | undefined;
  test.beforeAll(async () => {
    served = await startStaticServer(root, base);
  });
  test.afterAll(async () => {
    await served?.close();
    served = undefined;
  });
  const current = (): StaticServer => {
    if (!served) throw new Error('serveBuild: the server is read outside a test of this spec');
    return served;
  };
  return {
    get url() {
      return current().url;
    },
    get origin() {
      return current().origin;
    },
    get port() {
      return current().port;
    },
    override: (path, body) => current().override(path, body),
    fail: (path, times) => current().fail(path, times),
  };
}
