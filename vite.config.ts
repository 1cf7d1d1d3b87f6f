/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app must work with no network at all: the whole shell is precached and every deep link
// falls back to index.html. The update is applied only when the user accepts (registerType: prompt).
// Every address below is relative, so one build works at "/" or under any `--base` (a project page
// at /bitacora/): the manifest's are resolved against the manifest's own URL, the worker's against
// the worker's.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        id: './',
        name: 'Bitácora CTE',
        short_name: 'Bitácora',
        description:
          'Cuaderno de Bitácora del Consejo Técnico Escolar: prácticas, evidencias, problemáticas y compromisos de la escuela, sin internet.',
        lang: 'es-MX',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5c4d',
        background_color: '#f7f5ef',
        categories: ['education', 'productivity'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control on first install so the very first visit is already available offline;
        // updates still wait for the user (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    host: '127.0.0.1',
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fake-indexeddb.ts'],
  },
});
