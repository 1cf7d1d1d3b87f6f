import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { LAYERS } from './scripts/layers.mjs';

export default tseslint.config(
  { ignores: ['dist', 'dist-sub', 'dev-dist', 'node_modules', 'test-results', 'artifacts', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Browser specs take `test` from tests/e2e/helpers/test.ts, which closes the contexts a test
  // opens (Playwright leaves them running for the rest of the worker's run).
  {
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Usa `test` de './helpers/test' (cierra los contextos que abre la prueba).",
            },
          ],
        },
      ],
    },
  },
  // Import direction (docs/ARCHITECTURE.md, "Layers"): a folder never imports a higher layer.
  // tests/unit/architecture.test.ts checks the same over the whole graph, plus cycles.
  ...LAYERS.flatMap((layer, rank) =>
    layer
      .filter((folder) => folder !== 'main.tsx')
      .map((folder) => ({
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...LAYERS.slice(rank + 1)
                  .flat()
                  .map((higher) => ({ group: [`**/${higher}/*`], message: `${folder}/ no importa ${higher}/ (capa superior).` })),
                ...(rank <= LAYERS.findIndex((l) => l.includes('sync'))
                  ? [
                      {
                        group: ['react', 'react-dom', 'dexie'].filter((lib) => !(lib === 'dexie' && folder === 'db')),
                        message: 'Sin React ni Dexie aquí.',
                      },
                    ]
                  : []),
              ],
            },
          ],
        },
      })),
  ),
);
