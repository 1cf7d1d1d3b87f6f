// The app's own modules in Node for the benches that build their data the way the app writes it
// (a 5,000-card meeting, files to import): loaded with Vite's SSR module loader, which compiles
// the TypeScript; the loader is closed once `use` is done with them.
import { createServer } from 'vite';

export async function withAppModules(paths, use) {
  const vite = await createServer({
    configFile: false,
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    return await use(await Promise.all(paths.map((p) => vite.ssrLoadModule(p))));
  } finally {
    await vite.close();
  }
}
