// Start-up on a cheap phone: how much JavaScript the first screen needs, and how long a cold
// start from the offline cache takes, beside a blank Vite + React page built the same way.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { coldStartOffline, initialJs, setupSchool } from '../browser.mjs';

export async function buildBlank() {
  const outDir = await mkdtemp(join(tmpdir(), 'blank-vite-'));
  await build({
    root: resolve('scripts/bench/blank'),
    configFile: false,
    logLevel: 'warn',
    plugins: [
      react(),
      VitePWA({ registerType: 'autoUpdate', injectRegister: 'script', workbox: { clientsClaim: true, skipWaiting: true } }),
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

export default async function startup({ browser, baseUrl, serveDir }) {
  const chunks = await initialJs(browser, baseUrl, 'main h1', { prepare: setupSchool });
  const kb = [...chunks.values()].reduce((a, b) => a + b, 0) / 1024;

  const app = await coldStartOffline(browser, baseUrl, 'main h1', { prepare: setupSchool });
  const blankServer = await serveDir(await buildBlank());
  const blank = await coldStartOffline(browser, blankServer.url, 'h1');
  await blankServer.close();

  return [
    { name: 'JS inicial de la primera pantalla (gzip)', value: kb, unit: 'KB', budget: 150, ok: kb <= 150 },
    { name: 'Arranque en frío sin conexión, CPU 4x', value: app, unit: 'ms', budget: 1500, ok: app <= 1500 },
    { name: 'Página Vite + React en blanco, mismo arranque', value: blank, unit: 'ms', budget: null, ok: true },
    { name: 'Arranque: app / página en blanco', value: app / blank, unit: '×', budget: 1.5, ok: app / blank <= 1.5 },
  ];
}
