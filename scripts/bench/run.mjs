// `npm run bench`: builds the app, serves dist/ on loopback, runs every row module in
// scripts/bench/rows/ (each default-exports `async (ctx) => rows`), prints a table and writes
// bench-results.json as a list of { name, value, unit, budget, ok }. Exit code 0 even when a
// budget is missed: the table says which hold; CI's size check lives in `npm test`.
import { readdir, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../ensure-chromium.mjs';
import { serveDir } from '../serve-dir.mjs';

const only = process.argv.slice(2);
const executablePath = ensureChromium();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveDir(resolve('dist'));
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const ctx = { browser, baseUrl: server.url, distDir: resolve('dist'), serveDir };

const rows = [];
const files = (await readdir(resolve('scripts/bench/rows'))).filter((f) => f.endsWith('.mjs')).sort();
for (const file of files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  process.stdout.write(`… ${file}\n`);
  try {
    const mod = await import(pathToFileURL(resolve('scripts/bench/rows', file)).href);
    rows.push(...(await mod.default(ctx)));
  } catch (err) {
    console.error(`✗ ${file}: ${err?.stack ?? err}`);
    rows.push({ name: `${file} (falló)`, value: null, unit: '', budget: null, ok: false });
  }
}
await browser.close();
await server.close();

const fmt = (v) => (v === null || v === undefined ? '—' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v));
const table = rows.map((r) => [r.name, fmt(r.value), r.unit, r.budget === null ? '—' : `≤ ${fmt(r.budget)}`, r.ok ? 'ok' : 'NO']);
const widths = [0, 1, 2, 3, 4].map((i) =>
  Math.max(...[['medida', 'valor', 'unidad', 'presupuesto', '¿cumple?'], ...table].map((r) => r[i].length)),
);
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join(' │ ');
console.log(`\n${line(['medida', 'valor', 'unidad', 'presupuesto', '¿cumple?'])}`);
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of table) console.log(line(r));
const failed = rows.filter((r) => !r.ok);
console.log(failed.length ? `\n${failed.length} presupuesto(s) sin cumplir.` : '\nTodos los presupuestos se cumplen.');
await writeFile('bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
