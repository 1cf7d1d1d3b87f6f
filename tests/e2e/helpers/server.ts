// Browser tests serve the production build (dist/, service worker included) on a free loopback port.
// Every spec gets it the same way: `const server = serveBuild();` at the top of the file starts one
// server before the spec's tests and closes it after them.
import { test } from '@playwright/test';
import { serveDir, type ServedDir } from '../../../scripts/serve-dir.mjs';

export type StaticServer = ServedDir;

export function startStaticServer(root = 'dist'): Promise<StaticServer> {
  return serveDir(root);
}

/** The build served for this spec file, readable inside its tests and hooks. */
export function serveBuild(root = 'dist'): Pick<StaticServer, 'url' | 'port' | 'override'> {
  let served: StaticServer | undefined;
  test.beforeAll(async () => {
    served = await startStaticServer(root);
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
    get port() {
      return current().port;
    },
    override: (path, body) => current().override(path, body),
  };
}
