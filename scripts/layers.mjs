// The layers of src/, lowest first (docs/ARCHITECTURE.md). Lower layers never import higher ones;
// folders on one line share a layer. Read by eslint.config.js and tests/unit/architecture.test.ts.
// prettier-ignore
export const LAYERS = [
  ['domain'],
  ['i18n'],
  ['db', 'meeting'],
  ['sync', 'backup'],
  ['ui'],
  ['features', 'pwa'],
  ['app'],
  ['main.tsx'],
];
