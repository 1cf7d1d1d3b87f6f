// How the app feels with a full year stored (10,000 prácticas and a 5,000-card meeting), at 4x
// CPU throttle: cold start offline, opening each list, and typing in a form.
import { bigYear, buildBackupText } from '../../fixtures/backup.mjs';
import { coldStartOffline, median, setupSchool, throttle, typingCost } from '../browser.mjs';
import { restoreThroughUi } from '../restore.mjs';
import { withAppModules } from '../appModules.mjs';

/** A 5,000-card meeting as the backup carries it: its list row and its Yjs state (base64). */
function bigMeetingForBackup() {
  return withAppModules(['/tests/helpers/bigMeeting.ts', 'yjs'], ([{ bigMeetingDoc, BIG_META }, Y]) => {
    const doc = bigMeetingDoc(5000, { author: 'Ana Ruiz', school: { name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X' } }, 101);
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    const { id, name, date, place, createdAt } = BIG_META;
    return { row: { id, name, date, place, createdAt, updatedAt: createdAt }, id, update };
  });
}

const LISTS = [['Prácticas'], ['Evidencias'], ['Problemáticas'], ['Compromisos'], ['Sesiones de CTE']];
const LIST_RUNS = 3;

/**
 * Runs in the page before a nav link is clicked. Records the click's timestamp (when the input
 * reached the browser); a MutationObserver sees the new screen's rows (or its "empty" message)
 * reach the DOM, and the frame after that is taken as painted: requestAnimationFrame runs just
 * before the frame's paint, and a message posted from it is delivered after that paint.
 */
function armListProbe(label) {
  const probe = {};
  window.__listProbe = probe;
  window.__listPainted = new Promise((done) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === label);
    link.addEventListener('click', (e) => (probe.tap = e.timeStamp), { capture: true, once: true });
    const main = document.querySelector('main');
    const observer = new MutationObserver(() => {
      if (probe.tap === undefined) return;
      // The count ("Mostrando 1–50 de N") follows the rows; its time is printed, not budgeted.
      if (probe.counted === undefined && main.querySelector('.pager')) probe.counted = performance.now();
      if (probe.shown !== undefined || !main.querySelector('.item, .empty')) return;
      probe.shown = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ ...probe, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(main, { childList: true, subtree: true });
  });
}

export default async function interaction({ browser, baseUrl }) {
  const year = bigYear({ perSession: 1250, photos: 20 });
  const meeting = await bigMeetingForBackup();
  const text = buildBackupText({
    tables: { ...year.tables, meetings: [meeting.row] },
    blobs: year.blobs,
    meetings: { [meeting.id]: meeting.update },
  });
  const prepare = async (page) => {
    await setupSchool(page);
    await restoreThroughUi(page, baseUrl, text);
    // The meeting must really be on the device (its own y-indexeddb database), not just listed.
    const stored = await page.evaluate(
      async (name) => (await indexedDB.databases()).some((d) => d.name === name),
      `bitacora-encuentro-${meeting.id}`,
    );
    if (!stored) throw new Error('el encuentro de 5 000 tarjetas no quedó guardado');
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
  // The old measure (Playwright's click + locator.waitFor) also counted CDP round trips and the
  // locator's polling scripts, which run on the throttled main thread during the navigation; here
  // node waits on a pending evaluate, which runs nothing in the page. Median of LIST_RUNS per list.
  let slowestList = 0;
  let slowestName = '';
  for (const [label] of LISTS) {
    const felt = [];
    const withRoundTrips = [];
    const countedAfter = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      // Every run is a first opening in a freshly loaded app, as when a teacher opens the app and
      // taps a list: a screen opened before in the same page is faster (React keeps its code).
      await page.goto(baseUrl);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500); // the home screen's queries settle, lists preload on idle
      await page.evaluate(armListProbe, label);
      const painted = page.evaluate(() => window.__listPainted);
      const t0 = await page.evaluate(() => performance.now());
      await page.locator('nav').getByRole('link', { name: label, exact: true }).click({ force: true });
      const p = await painted;
      withRoundTrips.push((await page.evaluate(() => performance.now())) - t0);
      felt.push(p.painted - p.tap);
      await page
        .locator('main .pager')
        .first()
        .waitFor({ timeout: 3000 })
        .catch(() => undefined); // sessions: no pager
      const counted = await page.evaluate(() => window.__listProbe?.counted);
      if (counted !== undefined) countedAfter.push(counted - p.tap);
    }
    const ms = median(felt);
    console.log(
      `   lista ${label}: ${Math.round(ms)} ms del toque al cuadro pintado (${felt.map(Math.round).join(', ')}); ` +
        `con las idas y vueltas de Playwright: ${Math.round(median(withRoundTrips))} ms` +
        (countedAfter.length ? `; el total («Mostrando…») a los ${Math.round(median(countedAfter))} ms` : ''),
    );
    if (ms > slowestList) [slowestList, slowestName] = [ms, label];
  }

  await page.goto(`${baseUrl}/practicas/nueva`);
  const field = page.getByLabel('¿Qué hizo en el aula?');
  await field.waitFor();
  const typing = await typingCost(page, field, 'Organicé al grupo en parejas para leer en voz alta durante veinte minutos diarios.');
  await context.close();

  return [
    {
      name: 'Arranque en frío sin conexión con 10 000 prácticas y un encuentro de 5 000 tarjetas, CPU 4x',
      value: cold,
      unit: 'ms',
      budget: 1500,
      ok: cold <= 1500,
    },
    { name: `Abrir una lista (la más lenta: ${slowestName}), CPU 4x`, value: slowestList, unit: 'ms', budget: 200, ok: slowestList <= 200 },
    {
      name: 'Escribir en un formulario: tarea más larga (0 = ninguna pasó de 50 ms), CPU 4x',
      value: typing.longestTask,
      unit: 'ms',
      budget: 50,
      ok: typing.longestTask <= 50,
    },
    {
      // Issue 14: with the draft autosaving, within 10 ms of the 48 ms measured before it existed.
      name: 'Escribir en un formulario (con borrador automático): tecla más lenta hasta pintarse, CPU 4x',
      value: typing.slowestKey,
      unit: 'ms',
      budget: 58,
      ok: typing.slowestKey <= 58,
    },
  ];
}
