// Fails `npm test` when the JavaScript the first screen needs (the entry script and everything
// index.html preloads) passes its gzip budget, naming the chunks that grew against the committed
// baseline (scripts/size-baseline.json; refresh it with `node scripts/size-check.mjs --update`).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_KB = 150;
const BASELINE = 'scripts/size-baseline.json';

export function initialChunks(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) files.add(m[1]);
  return [...files].map((file) => ({
    name: file
      .split('/')
      .pop()
      .replace(/-[A-Za-z0-9_-]{8}\.js$/, ''),
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
}

const chunks = initialChunks();
const totalKb = chunks.reduce((n, c) => n + c.gzip, 0) / 1024;
const current = Object.fromEntries(chunks.map((c) => [c.name, c.gzip]));

if (process.argv.includes('--update')) {
  writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`Línea base actualizada: ${totalKb.toFixed(1)} KB gzip.`);
  process.exit(0);
}

let baseline = {};
try {
  baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
} catch {
  // no baseline yet: every chunk counts as new
}
console.log(`JS inicial: ${totalKb.toFixed(1)} KB gzip (presupuesto ${BUDGET_KB} KB)`);
for (const c of chunks.sort((a, b) => b.gzip - a.gzip)) {
  const before = baseline[c.name];
  const delta =
    before === undefined
      ? ' (nuevo)'
      : c.gzip !== before
        ? ` (${c.gzip > before ? '+' : ''}${((c.gzip - before) / 1024).toFixed(1)} KB)`
        : '';
  console.log(`  ${c.name.padEnd(24)} ${(c.gzip / 1024).toFixed(1).padStart(7)} KB${delta}`);
}
if (totalKb > BUDGET_KB) {
  const grew = chunks.filter((c) => c.gzip > (baseline[c.name] ?? 0)).map((c) => c.name);
  console.error(`✗ El JS inicial pasa de ${BUDGET_KB} KB. Creció: ${grew.join(', ') || '(ninguno frente a la línea base)'}.`);
  console.error('  Cargue de forma diferida (import()) lo que la primera pantalla no muestra.');
  process.exit(1);
}
