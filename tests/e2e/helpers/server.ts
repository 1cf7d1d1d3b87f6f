// Browser tests serve the production build (dist/, service worker included) on a free loopback port.
import { serveDir, type ServedDir } from '../../../scripts/serve-dir.mjs';

export type StaticServer = ServedDir;

export function startStaticServer(root = 'dist'): Promise<StaticServer> {
  return serveDir(root);
}
