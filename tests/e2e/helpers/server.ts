// Browser tests serve the production build (dist/, service worker included) on a free loopback port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
