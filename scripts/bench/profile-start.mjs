// Where a cold start's time goes, after `npx vite build`:
//   node scripts/bench/profile-start.mjs [--runs=3] [--timeline] [--cpu] [--blank]
// As the startup row measures it (service worker installed, then offline, 4x CPU), prints the time
// to `main h1` and the main thread's self time by trace event from navigation start to then.
// --cpu adds JavaScript self time per script and per function (V8's sampler, in the trace).
// --blank profiles the blank Vite + React page instead (built as startup.mjs builds it).
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../ensure-chromium.mjs';
import { serveDir } from '../serve-dir.mjs';
import { readyProbe, setupSchool, throttle, waitForController } from './browser.mjs';
import { summarizeTrace, summarizeTraceCpu } from './trace-summary.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const blank = args.includes('--blank');
const cpu = args.includes('--cpu');
const dir = blank ? await (await import('./rows/startup.mjs')).buildBlank() : resolve('dist');
const selector = blank ? 'h1' : 'main h1';
const server = await serveDir(dir);
const browser = await chromium.launch({ executablePath: findChromium() });
const context = await browser.newContext();
const first = await context.newPage();
await first.goto(server.url);
await waitForController(first);
if (!blank) await setupSchool(first);
await first.close();
await context.setOffline(true);
for (let i = 0; i < runs; i++) {
  const page = await context.newPage();
  const cdp = await throttle(page);
  await page.addInitScript(readyProbe(selector));
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (window.__readyAt !== undefined) {
        performance.mark('ready');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'blink.user_timing',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
        'loading',
        'navigation',
        ...(cpu ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    },
  });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  await cdp.send('Tracing.end');
  await done;
  console.log(`\n${blank ? 'blanco' : 'app'}: ${Math.round(await page.evaluate(() => window.__readyAt))} ms hasta ${selector}`);
  summarizeTrace(events, 'navigationStart', 'ready', { timeline: args.includes('--timeline') });
  if (cpu) summarizeTraceCpu(events);
  await page.close();
}
await browser.close();
await server.close();
