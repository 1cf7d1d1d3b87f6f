// Issue 19, item 6 (rule N3): in the sixth session the school that made each carried commitment
// says how it went and what results it showed. Through the screens at 360 px: a review cannot be
// saved without a status, a half-typed review survives a reload as a draft, and the saved one is
// shown with who reviewed it, stays after a reload, and is in the printed meeting. The sixth session
// follows its own agenda: the review first, then the observed class, then new commitments.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { addCardOnScreen as addCard, createMeetingOnScreen, expectAccessible, screenshot, setupSchool } from './helpers/app';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const A = { name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X', responsable: 'Ana Ruiz' };
const COMMITMENT = 'Usar tiras de fracciones cada semana';

/** The review draft the device holds in IndexedDB (the drafts store), as JSON, or ''. */
function storedReviewDraft(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((ok) => {
        const open = indexedDB.open('bitacora-cte');
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').getAll();
          req.onsuccess = () => {
            const rows = (req.result as { id?: string }[]).filter((r) => JSON.stringify(r).includes('followUpReview'));
            ok(JSON.stringify(rows));
          };
          req.onerror = () => ok('');
        };
        open.onerror = () => ok('');
      }),
  );
}

test('N3: the sixth session reviews a carried commitment: status required, draft kept, review shown', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto(server.url);
  await setupSchool(page, A);
  await createMeetingOnScreen(page, server.url, 'Tercera sesión, zona 087', '2018-11-30', 'Ana Ruiz');
  await page.getByRole('tab', { name: /^Compromisos/ }).click();
  await page.getByRole('button', { name: 'Es mi compromiso personal (Ana Ruiz)' }).click();
  await page.getByLabel('¿Para cuándo?').fill('2019-03-29');
  await page.getByLabel('¿Cómo dará cuenta de los resultados?').fill('Cuadernos de 5° en la sexta sesión');
  await addCard(page, 'Nueva tarjeta', COMMITMENT);

  await page.getByRole('button', { name: 'Continuar este encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sexta sesión/ })).toBeVisible();
  await page.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  const box = page.getByRole('region', { name: 'Para revisar en esta sesión' });

  // Its own agenda, not the third session's: the review of the commitments comes first, and its
  // activity opens the review box.
  await page.getByText('Agenda de la sesión').click();
  const agenda = page.locator('details.agenda');
  await expect(agenda.getByRole('heading', { level: 3 })).toHaveText([
    '1. Revisar lo que nos comprometimos',
    '2. La clase observada',
    '3. Lo que sigue',
  ]);
  await expect(agenda).not.toContainText('Tabla de tres columnas');
  const review = page.locator('#agenda-item-seguimiento-compromisos');
  await review.getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await expect(review).toContainText('En curso');
  await expect(review).toContainText('¿Qué logramos con lo que nos comprometimos?');
  await expect(page.locator('#agenda-item-seguimiento-bienvenida')).toContainText('Hecha');
  await expect(page.locator('#agenda-item-seguimiento-observacion')).toContainText('Sigue');
  await review.getByRole('button', { name: 'Ir a «Para revisar en esta sesión»' }).click();
  await expect(box).toBeFocused();
  await page.locator('#agenda-item-seguimiento-observacion').getByRole('button', { name: 'Abrir el panel' }).click();
  await expect(page.getByRole('tab', { name: /^Observación/ })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'agenda de la sesión de seguimiento');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, '360-agenda-seguimiento');
  const item = box.locator('li', { hasText: COMMITMENT });
  await expect(item).toContainText('Sin revisar todavía.');

  // No status chosen: said, and nothing is written.
  const note = item.getByLabel('Resultados que se mostraron o lo que falta');
  await note.fill('Los cuadernos muestran avance en 5° A; falta 5° B');
  await item.getByRole('button', { name: 'Guardar revisión' }).click();
  await expect(item.getByRole('alert')).toHaveText('Elija cómo va el compromiso.');
  await expect(item).toContainText('Sin revisar todavía.');

  // Typed but not saved: a reload brings it back as a draft.
  await expect.poll(() => storedReviewDraft(page)).toContain('falta 5° B');
  await page.reload();
  await page.getByLabel('¿Quién escribe en este dispositivo?').waitFor();
  await expect(item.getByLabel('Resultados que se mostraron o lo que falta')).toHaveValue(
    'Los cuadernos muestran avance en 5° A; falta 5° B',
  );

  await item.getByLabel('En proceso').check();
  await expectAccessible(page, 'revisión de compromisos');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await item.getByRole('button', { name: 'Guardar revisión' }).click();
  const done = item.getByTestId('commitment-review');
  await expect(done).toContainText(`En proceso · revisó Ana Ruiz (${A.name})`);
  await expect(done).toContainText('Los cuadernos muestran avance en 5° A; falta 5° B');
  await expect(item.getByLabel('Resultados que se mostraron o lo que falta')).toHaveValue('');
  await screenshot(page, '360-revision-compromisos');

  await page.reload();
  await expect(item.getByTestId('commitment-review')).toContainText('En proceso · revisó Ana Ruiz');
  await expect(item.getByLabel('Resultados que se mostraron o lo que falta')).toHaveValue('');

  // On paper: the sixth session says what it reviewed and how it went.
  const meetingId = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(page.getByRole('heading', { name: 'Para revisar en esta sesión' })).toBeVisible();
  const pdf = await printToPdf(page, 'sexta-sesion-revision');
  expect(pdf.flowText).toContain(`${COMMITMENT} — ${A.name}`);
  expect(pdf.flowText).toContain(`En proceso · revisó Ana Ruiz (${A.name})`);
  expect(pdf.flowText).toContain('Los cuadernos muestran avance en 5° A; falta 5° B');
  await context.close();
});
