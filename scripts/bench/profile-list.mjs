// Where the time of opening a list goes, after `npx vite build`:
//   node scripts/bench/profile-list.mjs [label…] [--runs=5] [--trace|--timeline] [--cpu] [--rate=1]
// Restores the interaction row's year (10,000 prácticas) once into a profile kept in /tmp (delete
// it after a schema change), then, at 4x CPU, opens each list from the home screen and prints the
// time from the tap to the first painted frame with rows. --trace adds the main thread's self time
// by trace event (script, style, layout, paint…) in that window, --timeline each task in it, --cpu
// the JavaScript functions with the most self time (V8 sampling profiler; STACKS_OF=name shows who
// calls one). Tracing and profiling slow the page: compare timings from runs without them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bigYear, buildBackupText } from '../fixtures/backup.mjs';
import { findChromium } from '../ensure-chromium.mjs';
import { serveDir } from '../serve-dir.mjs';
import { setupSchool } from './browser.mjs';
import { restoreThroughUi } from './restore.mjs';
import { summarizeCpu, summarizeTrace } from './trace-summary.mjs';

const args = process.argv.slice(2);
const withCpu = args.includes('--cpu');
const withTimeline = args.includes('--timeline');
const withTrace = withTimeline || args.includes('--trace');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
const rate = Number(args.find((a) => a.startsWith('--rate='))?.slice(7) ?? 4);
const labels = args.filter((a) => !a.startsWith('--'));
// --rate=1 profiles without throttling: finer samples, same proportions.
const LISTS = labels.length ? labels : ['Prácticas', 'Evidencias', 'Problemáticas', 'Compromisos', 'Sesiones de CTE'];
const PROFILE = '/tmp/bitacora-profile-list';

const seeded = existsSync(PROFILE);
// A fixed port: the profile's origin (and its IndexedDB) must be the same on every run.
const server = await serveDir(resolve('dist'), { port: 4391 }).catch(() => serveDir(resolve('dist')));
const context = await chromium.launchPersistentContext(PROFILE, { executablePath: findChromium(), serviceWorkers: 'block' });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url);
if (!seeded) {
  await setupSchool(page);
  await restoreThroughUi(page, server.url, buildBackupText(bigYear({ perSession: 1250, photos: 20 })));
  await page.goto(server.url);
}
await page.locator('main h1').waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });

const times = new Map();
for (const label of LISTS.flatMap((l) => Array(runs).fill(l))) {
  // A first opening in a freshly loaded app, as the interaction row measures it.
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate((l) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === l);
    link.addEventListener('click', () => performance.mark('tap'), { capture: true, once: true });
    const main = document.querySelector('main');
    const obs = new MutationObserver(() => {
      if (!performance.getEntriesByName('tap').length || !main.querySelector('.item, .empty')) return;
      obs.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          performance.mark('painted');
          window.__painted();
        };
        ch.port2.postMessage(null);
      });
    });
    obs.observe(main, { childList: true, subtree: true });
    performance.clearMarks();
    window.__paintedPromise = new Promise((ok) => (window.__painted = ok));
  }, label);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  if (withTrace)
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading'],
      },
    });
  if (withCpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: rate === 1 ? 50 : 200 });
    await cdp.send('Profiler.start');
  }
  // A pending evaluate waits without polling in the page (waitForFunction would run in it).
  const painted = page.evaluate(() => window.__paintedPromise);
  await page.locator('nav').getByRole('link', { name: label, exact: true }).click({ force: true });
  await painted;
  const cpu = withCpu ? (await cdp.send('Profiler.stop')).profile : null;
  if (withTrace) {
    await cdp.send('Tracing.end');
    await done;
  }
  cdp.removeAllListeners('Tracing.dataCollected');
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  console.log(`\n${label}: ${Math.round(marks.painted - marks.tap)} ms del toque al cuadro pintado`);
  times.set(label, [...(times.get(label) ?? []), marks.painted - marks.tap]);
  if (withTrace) summarizeTrace(events, 'tap', 'painted', { timeline: withTimeline });
  if (cpu) summarizeCpu(cpu, marks.painted - marks.tap);
}
await context.close();
await server.close();
console.log('\nResumen (mediana, mín–máx):');
for (const [label, t] of times) {
  const s = [...t].sort((a, b) => a - b);
  console.log(`  ${label}: ${Math.round(s[Math.floor(s.length / 2)])} ms (${Math.round(s[0])}–${Math.round(s.at(-1))})`);
}
