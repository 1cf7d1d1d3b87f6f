// Bitácora lists at school-year scale: bulk import of 10,000 prácticas (budget 3 s) and a
// filtered page of 50 at 4x CPU throttle (budget 20 ms), in Chromium's real IndexedDB.
//
// How it reaches the repositories: the production bundle exposes no test hooks, so this row
// bundles scripts/bench/pages/records-page.ts (which imports the real src/db/practices.ts) with
// Vite's build API into a temporary folder, serves it on its own loopback origin, and times the
// repository calls inside the page. Same code as the app, its own origin and database.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const N = 10_000;
const RUNS = 15;
const BULK_RUNS = 3;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export default async function records(ctx) {
  const out = await mkdtemp(join(tmpdir(), 'bench-records-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve('.'),
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: resolve('scripts/bench/pages/records-page.ts'), formats: ['es'], fileName: () => 'records-page.js' },
      },
    });
    await writeFile(
      join(out, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>…</title><script type="module" src="/records-page.js"></script>',
    );
    const server = await ctx.serveDir(out);
    const page = await ctx.browser.newPage();
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => document.title === 'ready');
      // One import is one sample on a noisy machine (±200 ms run to run): median of three, each
      // into an empty database; the last one stays for the page queries below.
      const bulkRuns = [];
      for (let i = 0; i < BULK_RUNS; i++) {
        await page.evaluate(() => window.benchRecords.reset());
        bulkRuns.push(await page.evaluate((n) => window.benchRecords.bulk(n), N));
      }
      const bulkMs = median(bulkRuns);
      console.log(`   importar ${N}: ${bulkRuns.map(Math.round).join(', ')} ms`);

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // Pages are reached as the list screen reaches them: "Siguientes" passes the last id shown.
      const third = await page.evaluate(async () => {
        const q = { teacherId: 'teacher-3' };
        const p0 = await window.benchRecords.page(q);
        const p1 = await window.benchRecords.page({ ...q, page: 1, after: p0.lastId });
        return { ...q, page: 2, after: p1.lastId };
      });
      // The budget (20 ms) is for a filtered page; text search is held to the issue's
      // "find any entry in a second" (1000 ms) and reported so its cost stays visible.
      const queries = [
        ['filtro por docente, primera página', { teacherId: 'teacher-3' }, 20],
        ['filtro por docente, tercera página', third, 20],
        ['filtro por valoración, primera página', { assessment: 'fortalecer' }, 20],
        ['docente + valoración + búsqueda «lectura»', { teacherId: 'teacher-3', assessment: 'favorece', text: 'lectura' }, 1000],
        ['búsqueda «practica fracciones», sin filtros', { text: 'practica fracciones' }, 1000],
      ];
      const rows = [
        {
          name: `Importar ${N.toLocaleString('es-MX')} prácticas (un solo lote)`,
          value: bulkMs,
          unit: 'ms',
          budget: 3000,
          ok: bulkMs <= 3000,
        },
      ];
      for (const [label, q, budget] of queries) {
        const times = [];
        let last;
        for (let i = 0; i < RUNS; i++) {
          last = await page.evaluate((query) => window.benchRecords.page(query), q);
          times.push(last.ms);
        }
        if (!last || last.rows === 0) throw new Error(`la consulta ${label} no devolvió filas`);
        const ms = median(times.slice(2)); // the first runs warm IndexedDB's caches
        rows.push({
          name: `Página de 50 prácticas con ${N.toLocaleString('es-MX')} guardadas, CPU 4x: ${label} (${last.total} coinciden)`,
          value: ms,
          unit: 'ms',
          budget,
          ok: ms <= budget,
        });
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return rows;
    } finally {
      await page.close();
      await server.close();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
