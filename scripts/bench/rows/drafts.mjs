// Issue 14: typing in the práctica form while its draft autosaves to IndexedDB, at 4x CPU. The
// row counts the draft writes that really landed during the typing (a count of the `drafts`
// store's put() calls, installed before the app loads) so it can never measure a form that keeps
// no draft, and checks the stored draft holds every character typed. Budgets: no task over 50 ms,
// slowest keystroke to paint within 10 ms of the 48 ms measured before autosave existed (issue 14).
import { setupSchool, throttle, typingCost } from '../browser.mjs';

const TEXT =
  'Organicé al grupo en parejas para leer en voz alta durante veinte minutos diarios, ' +
  'con un cuento distinto cada semana y preguntas para comentar lo leído al final.';
const KEY_BUDGET = 58;

export default async function drafts({ browser, baseUrl }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__draftPuts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'drafts') window.__draftPuts++;
      return put.apply(this, args);
    };
  });
  await page.goto(baseUrl);
  await setupSchool(page);
  await page.goto(`${baseUrl}/practicas/nueva`);
  const field = page.getByLabel('¿Qué hizo en el aula?');
  await field.waitFor();
  await throttle(page);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    await field.fill('');
    await page.waitForTimeout(1500); // the emptied field's own draft write settles first
    const before = await page.evaluate(() => window.__draftPuts);
    const cost = await typingCost(page, field, TEXT);
    await page.waitForTimeout(1500); // the last throttled write lands
    const writes = (await page.evaluate(() => window.__draftPuts)) - before;
    const stored = await page.evaluate(
      () =>
        new Promise((ok) => {
          const open = indexedDB.open('bitacora-cte');
          open.onsuccess = () => {
            const req = open.result.transaction('drafts').objectStore('drafts').get('practice:nuevo');
            req.onsuccess = () => ok(req.result?.value?.description ?? null);
          };
        }),
    );
    if (stored !== TEXT) throw new Error(`el borrador guardado no tiene lo escrito: ${JSON.stringify(stored)}`);
    runs.push({ ...cost, writes });
  }
  await context.close();
  const longest = Math.max(...runs.map((r) => r.longestTask));
  const slowest = Math.max(...runs.map((r) => r.slowestKey));
  const writes = Math.min(...runs.map((r) => r.writes));
  console.log(
    `   borrador: ${runs.map((r) => `${r.writes} escrituras, tecla más lenta ${Math.round(r.slowestKey)} ms, tarea más larga ${Math.round(r.longestTask)} ms`).join('; ')}`,
  );
  return [
    {
      name: `Escribir en la práctica con el borrador guardándose (${writes}+ escrituras por pasada): tarea más larga (0 = ninguna pasó de 50 ms), CPU 4x`,
      value: longest,
      unit: 'ms',
      budget: 50,
      ok: longest <= 50 && writes >= 2,
    },
    {
      name: 'Escribir en la práctica con el borrador guardándose: tecla más lenta hasta pintarse (3 pasadas), CPU 4x',
      value: slowest,
      unit: 'ms',
      budget: KEY_BUDGET,
      ok: slowest <= KEY_BUDGET && writes >= 2,
    },
  ];
}
