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
  let slowestList = 0;
  let slowestName = '';
  for (const [label] of LISTS) {
    await page.locator('nav').getByRole('link', { name: 'Inicio', exact: true }).click({ force: true });
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // let the home screen's own queries settle
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('nav').getByRole('link', { name: label, exact: true }).click({ force: true });
    await page.locator(`main .item, main .empty`).first().waitFor();
    const ms = (await page.evaluate(() => performance.now())) - t0;
    console.log(`   lista ${label}: ${Math.round(ms)} ms`);
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
