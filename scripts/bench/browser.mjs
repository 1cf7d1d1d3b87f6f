// Measuring helpers shared by benchmark rows: what a teacher on a low-end phone feels.
import { gzipSync } from 'node:zlib';

export const SCHOOL = { name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X' };

export async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export async function setupSchool(page) {
  await page.getByLabel('Nombre de la escuela').fill(SCHOOL.name);
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill(SCHOOL.cct);
  await page.getByRole('button', { name: 'Guardar y comenzar' }).click();
  await page.locator('main h1').waitFor();
}

export async function waitForController(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }));
    }
  });
}

/** Records when `selector` first appears, from navigation start (performance.now()). */
export function readyProbe(selector) {
  return `(() => {
    const check = () => {
      if (window.__readyAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
        window.__readyAt = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * Cold start from the service-worker cache, offline, at 4x CPU throttle: a first page installs the
 * worker (and `prepare` seeds data), then fresh pages in the same profile load with no network.
 */
export async function coldStartOffline(browser, url, selector, { prepare, runs = 5 } = {}) {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(url);
  await waitForController(first);
  if (prepare) await prepare(first);
  await first.close();
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await throttle(page);
    await page.addInitScript(readyProbe(selector));
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000 });
    const servedBySw = await page.evaluate(() => !!navigator.serviceWorker.controller);
    if (!servedBySw) throw new Error('la página no vino de la caché del service worker');
    times.push(await page.evaluate(() => window.__readyAt));
    await page.close();
  }
  await context.close();
  return median(times);
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Gzip size of every JavaScript response a page loads until `selector` shows (no service worker). */
export async function initialJs(browser, url, selector, { prepare } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  if (prepare) await prepare(page);
  const chunks = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    try {
      chunks.set(new URL(res.url()).pathname, gzipSync(await res.body()).length);
    } catch {
      // a response without a body (e.g. aborted) adds nothing
    }
  });
  await page.reload();
  await page.locator(selector).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return chunks;
}

/**
 * Types `text` into `field` as a person would and reports the longest main-thread task (Long
 * Tasks API: only tasks over 50 ms are reported, so 0 means none passed 50 ms) and the slowest
 * keystroke from key press to the next painted frame (Event Timing API, 8 ms resolution).
 */
export async function typingCost(page, field, text) {
  await field.click();
  await page.evaluate(() => {
    window.__longest = 0;
    window.__slowestKey = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.startsWith('key') || e.name.endsWith('input')) window.__slowestKey = Math.max(window.__slowestKey, e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await field.pressSequentially(text, { delay: 30 });
  await page.waitForTimeout(300);
  return page.evaluate(() => ({ longestTask: window.__longest, slowestKey: window.__slowestKey }));
}
