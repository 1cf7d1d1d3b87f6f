// How the app feels with a full year stored (10,000 prácticas), at 4x CPU throttle: cold start
// offline, opening each list, and typing in a form (no main-thread task over 50 ms).
import { bigYear, buildBackupText } from '../../fixtures/backup.mjs';
import { coldStartOffline, setupSchool, throttle } from '../browser.mjs';
import { restoreThroughUi } from '../restore.mjs';

const LISTS = [
  ['Prácticas'],
  ['Evidencias'],
  ['Problemáticas'],
  ['Compromisos'],
  ['Sesiones de CTE'],
];

/**
 * Runs in the page before a nav link is clicked. Records the click's timestamp (when the input
 * reached the browser) and when a capture listener saw it; a MutationObserver records when the
 * new screen's rows (or its "empty" message) reach the DOM, and the frame after that is taken as
 * painted: requestAnimationFrame runs just before the frame's paint, and a message posted from
 * it is delivered after that paint.
 */
function armListProbe(label) {
  const probe = {};
  window.__list = probe;
  const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === label);
  link.addEventListener(
    'click',
    (e) => {
      probe.tap = e.timeStamp;
      probe.handler = performance.now();
    },
    { capture: true, once: true },
  );
  const main = document.querySelector('main');
  const observer = new MutationObserver(() => {
    if (probe.handler === undefined || !main.querySelector('.item, .empty')) return;
    probe.shown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.painted = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(main, { childList: true, subtree: true });
}

export default async function interaction({ browser, baseUrl }) {
  const text = buildBackupText(bigYear({ perSession: 1250, photos: 20 }));
  const prepare = async (page) => {
    await setupSchool(page);
    await restoreThroughUi(page, baseUrl, text);
  };
  const cold = await coldStartOffline(browser, baseUrl, 'main h1', { prepare, runs: 3 });

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await prepare(page);
  await page.goto(baseUrl);
  await page.locator('main h1').waitFor();
  await throttle(page);
  // What the teacher feels: from the tap (the click event's own timestamp, so input delay counts)
  // to the first frame painted with the list's rows or its "empty" message, timed inside the page.
  // Playwright's click + waitFor, the old measure, also counted its own CDP round trips and
  // injected scripts under the 4x throttle; it is still printed beside it for comparison.
  let slowestList = 0;
  let slowestName = '';
  for (const [label] of LISTS) {
    await page.locator('nav').getByRole('link', { name: 'Inicio', exact: true }).click({ force: true });
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // let the home screen's own queries settle
    await page.evaluate(armListProbe, label);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('nav').getByRole('link', { name: label, exact: true }).click({ force: true });
    await page.locator(`main .item, main .empty`).first().waitFor();
    const playwrightMs = (await page.evaluate(() => performance.now())) - t0;
    await page.waitForFunction(() => window.__list?.painted !== undefined);
    const p = await page.evaluate(() => window.__list);
    const ms = p.painted - p.tap;
    console.log(
      `   lista ${label}: ${Math.round(ms)} ms del toque al primer cuadro pintado (entrada ${Math.round(p.handler - p.tap)}, ` +
        `filas en el DOM ${Math.round(p.shown - p.tap)}); click+waitFor de Playwright: ${Math.round(playwrightMs)} ms`,
    );
    if (ms > slowestList) [slowestList, slowestName] = [ms, label];
  }

  await page.goto(`${baseUrl}/practicas/nueva`);
  const field = page.getByLabel('¿Qué hizo en el aula?');
  await field.waitFor();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await field.pressSequentially('Organicé al grupo en parejas para leer en voz alta durante veinte minutos diarios.', { delay: 30 });
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => window.__longest);
  await context.close();

  return [
    { name: 'Arranque en frío sin conexión con 10 000 prácticas, CPU 4x', value: cold, unit: 'ms', budget: 1500, ok: cold <= 1500 },
    { name: `Abrir una lista (la más lenta: ${slowestName}), CPU 4x`, value: slowestList, unit: 'ms', budget: 200, ok: slowestList <= 200 },
    { name: 'Escribir en un formulario: tarea más larga, CPU 4x', value: longest, unit: 'ms', budget: 50, ok: longest <= 50 },
  ];
}
