// Issue 4: two schools on two devices that never share a network end the day with the same panels,
// by exchanging meeting files. Separate browser contexts = separate devices (own IndexedDB).
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { serveBuild } from './helpers/server';
import { addCardOnScreen as addCard, expectAccessible, screenshot, setupSchool } from './helpers/app';
import { bigMeetingDoc } from '../helpers/bigMeeting';
import { encodeMeetingFile } from '../../src/meeting/file';
import { addCard as addCardToDoc } from '../../src/meeting/model';
import { cardsOf } from '../../src/meeting/layout';

const server = serveBuild();

const SCHOOL_B = { name: 'Escuela Primaria Emiliano Zapata', cct: '14DPR0456Y' };

async function device(browser: Browser, width: number, school?: typeof SCHOOL_B): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await setupSchool(page, school ?? {});
  return page;
}

async function openPanel(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function exportFile(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar encuentro' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^encuentro-.*\.encuentro$/);
  const path = `test-results/${name}.encuentro`;
  await d.saveAs(path);
  return path;
}

/** Every panel's card texts, in order, with their annulled state: what "same panels" means. */
async function panelState(page: Page): Promise<Record<string, string[]>> {
  const state: Record<string, string[]> = {};
  for (const panel of [
    'Normas de convivencia',
    'Lluvia de ideas',
    'Tabla de tres columnas',
    'Equipos 1 a 4',
    'Conclusiones',
    'Problemáticas',
    'Observación de clase',
    'Compromisos',
  ]) {
    await openPanel(page, panel);
    state[panel] = await page
      .locator('.panel .meeting-card')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.classList.contains('annulled') ? '[anulada] ' : ''}${e.querySelector('.card-text .text')?.textContent ?? ''}|${e.querySelector('.card-byline')?.textContent?.split(' · ').slice(0, 2).join(' · ')}`,
        ),
      );
  }
  return state;
}

test('two schools exchange meeting files and end with the same panels', async ({ browser }) => {
  test.setTimeout(150_000); // two devices and many steps; the shared CI machine can be slow
  const a = await device(browser, 360);
  await a.goto(`${server.url}/encuentros`);
  await expect(a.getByRole('heading', { name: 'Encuentros “Aprendizaje entre escuelas”' })).toBeVisible();
  await expectAccessible(a, 'encuentros vacío');
  await a.getByRole('link', { name: '+ Nuevo encuentro' }).click();
  await a.getByLabel('Nombre del encuentro').fill('Tercera sesión, zona 087');
  await a.getByLabel('Fecha').fill('2018-11-30');
  await a.getByLabel('Lugar').fill('Escuela Benito Juárez');
  await expectAccessible(a, 'nuevo encuentro');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Tercera sesión, zona 087' })).toBeVisible();
  await expect(a.locator('.school-chips')).toContainText('Escuela Primaria Benito Juárez');
  await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');

  await addCard(a, 'Nueva tarjeta', 'Respetar los turnos para hablar');
  await openPanel(a, 'Lluvia de ideas');
  await addCard(a, 'Nueva tarjeta', 'Escuchar sin juzgar');
  await addCard(a, 'Nueva tarjeta', 'Idea que se anulará');
  await a.locator('.meeting-card', { hasText: 'Idea que se anulará' }).getByRole('button', { name: 'Anular' }).click();
  await expect(a.locator('.meeting-card.annulled', { hasText: 'Idea que se anulará' })).toBeVisible();
  await openPanel(a, 'Problemáticas');
  await a.getByRole('button', { name: '+ Publicar la problemática de mi escuela' }).click();
  await a.getByLabel('Contenido programático o habilidad').fill('Resolución de problemas con fracciones');
  await a.getByLabel('Recursos y materiales').fill('Regletas');
  await a.getByLabel('Apoyo que solicita la escuela').fill('Estrategias para 5° y 6°');
  await a.getByRole('button', { name: 'Publicar problemática' }).click();
  await expect(a.locator('.meeting-card', { hasText: 'Resolución de problemas con fracciones' })).toContainText('Regletas');
  await expect(a.getByRole('timer')).toHaveCount(0);
  await a.getByRole('button', { name: /Iniciar presentación/ }).click();
  await expect(a.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
  await expectAccessible(a, 'problemáticas 360');
  await screenshot(a, '360-encuentro-problematicas');
  const fileA = await exportFile(a, 'from-a');

  // Device B, another school: imports the file from the list, the meeting appears, it joins.
  const b = await device(browser, 1280, SCHOOL_B);
  await b.goto(`${server.url}/encuentros`);
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA);
  await expect(b.getByText('Encuentro “Tercera sesión, zona 087” agregado a este dispositivo.')).toBeVisible();
  await b.getByRole('link', { name: /Tercera sesión, zona 087/ }).click();
  await b.getByRole('button', { name: `Unir a ${SCHOOL_B.name}` }).click();
  await expect(b.locator('.school-chips li')).toHaveCount(2);
  await b.getByLabel('¿Quién escribe en este dispositivo?').fill('Beto Díaz');
  // Same timer on both devices: computed from the shared start time.
  await openPanel(b, 'Problemáticas');
  await expect(b.getByRole('timer')).toHaveText(/^(10:00|9:[0-5]\d)$/);
  await expect(b.getByText('Presenta Escuela Primaria Benito Juárez').first()).toBeVisible();
  const problem = b.locator('.meeting-card', { hasText: 'Resolución de problemas con fracciones' }).first();
  await problem.getByLabel('Agregar aportación').fill('Usar recetas de cocina');
  await problem.getByRole('button', { name: 'Agregar', exact: true }).click();
  // M10: only A's school edits A's problemática.
  await expect(problem.getByRole('button', { name: 'Editar los datos' })).toHaveCount(0);
  const aport = b.locator('.aportaciones .meeting-card', { hasText: 'Usar recetas de cocina' });
  await aport.getByRole('button', { name: /Destacar con una estrella \(0\)/ }).click();
  await expect(aport.getByRole('button', { name: /Quitar mi estrella \(1\)/ })).toBeVisible();
  await openPanel(b, 'Normas de convivencia');
  await addCard(b, 'Nueva tarjeta', 'Llegar puntuales');
  // M10: B cannot edit or annul A's card; it can edit its own.
  const norma = b.locator('.meeting-card', { hasText: 'Respetar los turnos para hablar' });
  await expect(norma.getByRole('button', { name: 'Editar' })).toHaveCount(0);
  await expect(norma.getByRole('button', { name: 'Anular' })).toHaveCount(0);
  await expect(b.locator('.meeting-card', { hasText: 'Llegar puntuales' }).getByRole('button', { name: 'Editar' })).toBeVisible();
  await openPanel(b, 'Tabla de tres columnas');
  await addCard(b, 'Nueva tarjeta: Por qué no', 'Falta tiempo para observarnos');
  await expectAccessible(b, 'tabla 1280');
  await screenshot(b, '1280-encuentro-tabla');
  await openPanel(b, 'Equipos 1 a 4');
  await expect(b.getByText('La actitud del docente observado ante las opiniones de sus pares')).toBeVisible();
  await addCard(b, 'Nueva tarjeta: Equipo 3', 'Los observadores anotan sin interrumpir');
  await openPanel(b, 'Observación de clase');
  await b.getByLabel('Docente que dará la clase').fill('María López Pérez');
  await b.getByLabel('Escuela del docente').selectOption('14DPR0123X');
  await b.getByLabel('Notas (contenido, grupo, fecha)').fill('Fracciones con recetas, 5° A, marzo');
  await b.getByRole('button', { name: 'Agregar plan de observación' }).click();
  await expect(b.locator('.meeting-card', { hasText: 'Fracciones con recetas' })).toContainText(
    'Clase de María López Pérez (Escuela Primaria Benito Juárez) en la sexta sesión',
  );
  await expect(b.locator('.meeting-card', { hasText: 'Fracciones con recetas' })).toContainText('Resolución de problemas con fracciones');
  await expectAccessible(b, 'observación 1280');
  await openPanel(b, 'Compromisos');
  await b.getByLabel('¿Quién se compromete?').fill('Beto Díaz');
  await b.getByLabel('¿Para cuándo?').fill('2019-03-29');
  await b.getByLabel('¿Cómo dará cuenta de los resultados?').fill('Cuadernos de 5° en la sexta sesión');
  await addCard(b, 'Nueva tarjeta', 'Aplicar las recetas en 5° antes de marzo');
  await expect(b.locator('.meeting-card', { hasText: 'Aplicar las recetas' })).toContainText('Beto Díaz · para el');
  await expectAccessible(b, 'compromisos 1280');
  await screenshot(b, '1280-encuentro-compromisos');

  // Meanwhile A keeps working offline from B.
  await openPanel(a, 'Lluvia de ideas');
  await addCard(a, 'Nueva tarjeta', 'Compartir evidencias de los alumnos');

  const fileB = await exportFile(b, 'from-b');
  await a.getByLabel('Importar archivo de otra escuela').setInputFiles(fileB);
  await expect(a.getByText('Se unieron los paneles del archivo con “Tercera sesión, zona 087”.')).toBeVisible();
  const fileA2 = await exportFile(a, 'from-a2');
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA2);
  await expect(b.getByText(/Se unieron los paneles del archivo/)).toBeVisible();
  // Importing the same file again changes nothing.
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA2);

  const stateA = await panelState(a);
  const stateB = await panelState(b);
  expect(stateB).toEqual(stateA);
  expect(stateA['Normas de convivencia']).toEqual([
    'Respetar los turnos para hablar|Ana Ruiz · Escuela Primaria Benito Juárez (14DPR0123X)',
    'Llegar puntuales|Beto Díaz · Escuela Primaria Emiliano Zapata (14DPR0456Y)',
  ]);
  expect(stateA['Lluvia de ideas']).toContain('[anulada] Idea que se anulará|Ana Ruiz · Escuela Primaria Benito Juárez (14DPR0123X)');
  expect(stateA['Problemáticas']!.some((c) => c.startsWith('Usar recetas de cocina|Beto Díaz'))).toBe(true);
  await expect(a.locator('.school-chips li')).toHaveCount(2);

  // After a reload the merged panels are still there (y-indexeddb).
  await a.reload();
  await openPanel(a, 'Equipos 1 a 4');
  await screenshot(a, '360-encuentro-equipos');
  await openPanel(a, 'Compromisos');
  await expect(a.locator('.meeting-card', { hasText: 'Aplicar las recetas en 5° antes de marzo' })).toBeVisible();
  await screenshot(a, '360-encuentro-compromisos');
  await expectAccessible(a, 'compromisos 360');
  await b.context().close();
  await a.context().close();
});

test('a long panel is windowed: few cards in the DOM, every card reachable by scrolling', async ({ browser }) => {
  test.setTimeout(120_000);
  const doc = bigMeetingDoc(3000, { author: 'Ana Ruiz', school: { name: 'Escuela Benito Juárez', cct: '14DPR0123X' } }, 7);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/big.encuentro', encodeMeetingFile(doc));
  const page = await device(browser, 360);
  await page.goto(`${server.url}/encuentros`);
  await page.getByLabel('Importar archivo de otra escuela').setInputFiles('test-results/big.encuentro');
  await page.getByRole('link', { name: /Encuentro de prueba grande/ }).click();
  await expect(page.getByRole('tab', { name: /^Normas de convivencia 600/ })).toBeVisible();
  const wall = page.getByRole('list', { name: 'Normas de convivencia' });
  await expect(wall).toHaveAttribute('data-windowed', 'true');
  expect(await wall.locator('.meeting-card').count()).toBeLessThan(40);
  await expect(wall.locator('li').first()).toHaveAttribute('aria-setsize', '600');
  // The rows of the first render are measured too: each sits right below the one before it.
  const gaps = () =>
    wall.evaluate((ul) => {
      const rows = [...ul.querySelectorAll<HTMLLIElement>('li[data-key]')].slice(0, 3);
      return rows.slice(1).map((li, i) => li.offsetTop - rows[i]!.offsetTop - rows[i]!.offsetHeight);
    });
  await expect.poll(gaps, { timeout: 10_000 }).toEqual([0, 0]);
  // The last card (newest) is reachable: keep scrolling to the end of the page (the window grows as
  // rows are measured) until it is on screen.
  const last = wall.locator('.meeting-card', { hasText: '(14DPR0123X 2980)' });
  // Failed twice in CI (3 and 4 Dec, 15 s and then 45 s of scrolling) and never here, alone or
  // under load: on failure, say where the page and the window were, to tell a stuck window from a
  // slow one.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(last).toBeVisible({ timeout: 1_000 });
  })
    .toPass({ timeout: 45_000 })
    .catch(async (err: unknown) => {
      const where = await page.evaluate(() => {
        const list = document.querySelector('[data-windowed="true"]');
        const rows = [...(list?.querySelectorAll('li[aria-posinset]') ?? [])].map((li) => Number(li.getAttribute('aria-posinset')));
        return {
          url: location.pathname,
          scrollY: window.scrollY,
          innerHeight: window.innerHeight,
          scrollHeight: document.documentElement.scrollHeight,
          listTop: list?.getBoundingClientRect().top,
          listHeight: list?.getBoundingClientRect().height,
          rows: rows.length ? `${Math.min(...rows)}-${Math.max(...rows)} (${rows.length})` : 'none',
          hidden: document.visibilityState,
        };
      });
      throw new Error(`${String(err)}\nwindow: ${JSON.stringify(where)}`);
    });
  expect(await wall.locator('.meeting-card').count()).toBeLessThan(40);
  await expectAccessible(page, 'panel largo');
  await page.context().close();
});

test('the home page does not load Yjs (meeting code is lazy)', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<string>[] = [];
  const onResponse = (r: import('@playwright/test').Response) => {
    if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
  };
  page.on('response', onResponse);
  await page.goto(server.url);
  await setupSchool(page);
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((b) => b.includes('Yjs was already imported'))).toEqual([]);
  // ...and a meeting screen does load it.
  await page.goto(`${server.url}/encuentros/nuevo`);
  await page.getByLabel('Nombre del encuentro').fill('Encuentro');
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentro' })).toBeVisible();
  expect((await Promise.all(scripts)).some((b) => b.includes('Yjs was already imported'))).toBe(true);
  page.off('response', onResponse);
  await context.close();
});

test('a file that is not this meeting is refused with a clear message and changes nothing', async ({ browser }) => {
  const a = await device(browser, 360);
  await a.goto(`${server.url}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill('Encuentro A');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Encuentro A' })).toBeVisible();
  await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  await addCard(a, 'Nueva tarjeta', 'Norma de A');
  const fileA = await exportFile(a, 'meeting-a');

  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/garbage.encuentro', 'esto no es un encuentro');
  await a.getByLabel('Importar archivo de otra escuela').setInputFiles('test-results/garbage.encuentro');
  await expect(a.getByRole('alert')).toHaveText('Ese archivo no es un encuentro de Bitácora CTE. No se cambió nada.');

  await a.goto(`${server.url}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill('Encuentro B');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Encuentro B' })).toBeVisible();
  await a.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA);
  await expect(a.getByRole('alert')).toHaveText(
    'Ese archivo es del encuentro “Encuentro A”, no de este. Impórtelo desde la lista de encuentros. No se cambió nada.',
  );
  await expect(a.locator('.meeting-card')).toHaveCount(0);
  await expect(a.getByRole('tab', { name: /^Normas de convivencia/ })).toContainText('0');

  // A mistyped address says so, and creates nothing.
  await a.goto(`${server.url}/encuentros/no-existe`);
  await expect(a.getByRole('alert')).toContainText('Este encuentro no está en el dispositivo');
  expect(await a.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('bitacora-encuentro-no-existe');
  await a.context().close();
});

test('damaged cards from a peer are skipped and counted; storage stays compacted in Chromium', async ({ browser }) => {
  const doc = bigMeetingDoc(0, { author: 'Ana Ruiz', school: { name: 'Escuela Benito Juárez', cct: '14DPR0123X' } }, 9);
  addCardToDoc(
    doc,
    { kind: 'norma', text: 'Norma válida' },
    { author: 'Ana Ruiz', school: { name: 'Escuela Benito Juárez', cct: '14DPR0123X' } },
    5,
  );
  cardsOf(doc).set('rota', '{"kind":"norma","author":42}');
  cardsOf(doc).set('basura', 'no es json');
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/damaged.encuentro', encodeMeetingFile(doc));

  const page = await device(browser, 360);
  await page.goto(`${server.url}/encuentros`);
  await page.getByLabel('Importar archivo de otra escuela').setInputFiles('test-results/damaged.encuentro');
  await page.getByRole('link', { name: /Encuentro de prueba grande/ }).click();
  await expect(page.locator('.meeting-card', { hasText: 'Norma válida' })).toBeVisible();
  await expect(page.getByText('Una tarjeta llegó incompleta o dañada de otro dispositivo y no se muestra.')).toBeVisible();
  await expect(page.getByText('Un dato del encuentro llegó dañado de otro dispositivo y se ignoró.')).toBeVisible();

  // Many changes (one y-indexeddb row each), then reopen a few times: rows stay bounded.
  await page.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  for (let i = 0; i < 12; i++) await addCard(page, 'Nueva tarjeta', `Norma ${i}`);
  const rows = async () =>
    page.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const req = indexedDB.open('bitacora-encuentro-bench-0001');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('updates').objectStore('updates').count();
            count.onsuccess = () => {
              req.result.close();
              ok(count.result);
            };
          };
        }),
    );
  expect(await rows()).toBeGreaterThan(12);
  // Reopened (a full reload: no cleanup ran): over the threshold, so it compacts once the panels
  // are on screen and the page is idle.
  await page.reload();
  await expect(page.locator('.meeting-card', { hasText: 'Norma 11' })).toBeVisible();
  await expect.poll(rows, { timeout: 20_000 }).toBeLessThanOrEqual(2);
  // More changes, then leaving the screen inside the app: compacted on close (flush).
  for (let i = 12; i < 24; i++) await addCard(page, 'Nueva tarjeta', `Norma ${i}`);
  expect(await rows()).toBeGreaterThan(12);
  await page.getByRole('link', { name: '← Encuentros “Aprendizaje entre escuelas”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentros “Aprendizaje entre escuelas”' })).toBeVisible();
  await expect.poll(rows, { timeout: 10_000 }).toBe(1);
  await page.goto(`${server.url}/encuentros/bench-0001`);
  await expect(page.locator('.meeting-card', { hasText: 'Norma 23' })).toBeVisible();
  await page.context().close();
});
