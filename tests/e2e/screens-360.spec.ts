// Issue 16, items 9 and 10: every screen at 360 px, with a meeting existing, scrolls only up and
// down; back links and selects are tap targets of at least 44 px. And the small things a teacher
// trips over: one empty-list message, an error that clears once fixed, a photo seen in the app,
// a card added without a name.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { buildBackupText, commitment, evidence, photoFile, pngBlob, practice, problem, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

test.use({ viewport: { width: 360, height: 740 } });

const preparation = {
  id: 'S3',
  done: { individual: true, grupos: true, plenaria: true, compartir: true },
  groups: [],
  plenaria: {
    effectivePractices: 'Lectura en parejas',
    materials: 'Regletas',
    hardContents: 'Fracciones',
    supportRequested: 'Estrategias para inferir',
  },
  share: { practiceIds: ['P1'], problemIds: ['Q1'], evidenceIds: ['E1'], supportHoped: 'Ideas de otras escuelas' },
  createdAt: 1,
  updatedAt: 1,
};

async function seed(page: Page): Promise<string> {
  await page.goto(server.url);
  await setupSchool(page);
  await restoreFixture(
    page,
    server.url,
    'pantallas-360',
    buildBackupText({
      tables: {
        sessions: [session('S3', 3, '2018-11-30')],
        practices: [practice('P1', 'S3', 'Círculo de lectura en voz alta con un título bastante largo para un teléfono', 1)],
        evidences: [evidence('E1', ['P1'], ['F1'], 'Fotos del círculo de lectura')],
        evidenceFiles: [photoFile('F1', 'E1', 'b0')],
        problems: [problem('Q1', 'S3', 'Comprensión lectora en 5° año')],
        commitments: [commitment('C1', 'S3', 'Leer 20 minutos diarios en cada grupo')],
        preparations: [preparation],
      },
      blobs: { b0: pngBlob() },
    }),
  );
  // A meeting with a long name: its option in the slides' timer select made that page 499 px wide.
  await page.goto(`${server.url}/encuentros/nuevo`);
  await page.getByLabel('Nombre del encuentro').fill('Encuentro de la zona escolar 087, tercera sesión ordinaria del ciclo');
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Encuentro de la zona escolar/ })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

test('every screen fits 360 px without sideways scrolling; back links and selects are 44 px tall', async ({ page }) => {
  test.setTimeout(180_000);
  const meetingId = await seed(page);
  const screens = [
    '/',
    '/sesiones',
    '/sesiones/nueva',
    '/sesiones/S3',
    '/practicas',
    '/practicas/nueva',
    '/practicas/P1',
    '/practicas/P1/editar',
    '/evidencias',
    '/evidencias/nueva',
    '/evidencias/E1',
    '/evidencias/E1/editar',
    '/problematicas',
    '/problematicas/nueva',
    '/problematicas/Q1',
    '/problematicas/Q1/editar',
    '/compromisos',
    '/compromisos/nuevo',
    '/compromisos/C1',
    '/compromisos/C1/editar',
    '/compromisos/revision',
    '/compromisos/revision?sesion=S3',
    '/preparar',
    '/preparar/S3',
    '/preparar/S3/presentacion',
    '/encuentros',
    '/encuentros/nuevo',
    `/encuentros/${meetingId}`,
    '/encuentros/unirse',
    `/encuentros/${meetingId}/sala`,
    `/encuentros/${meetingId}/llevar`,
    '/imprimir',
    '/imprimir/sesion/S3',
    '/imprimir/ciclo/2018-2019',
    '/imprimir/compromisos/2018-2019',
    `/imprimir/encuentro/${meetingId}`,
    '/respaldo',
    '/escuela',
    '/acerca',
    '/no-existe',
  ];
  const wide: string[] = [];
  const small: string[] = [];
  for (const path of screens) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator('main h1, main [role=alert], .slide.current').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${path}: ${width} px`);
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main a, main select')]
        .filter((el) => el.tagName === 'SELECT' || (el.textContent ?? '').trim().startsWith('←'))
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          what: `${el.tagName} «${(el.textContent ?? '').trim().slice(0, 30)}»`,
          height: el.getBoundingClientRect().height,
        })),
    );
    for (const t of targets) if (t.height < 44) small.push(`${path}: ${t.what} ${Math.round(t.height)} px`);
  }
  // The meeting's panels too: tabs switch what the page shows.
  await page.goto(`${server.url}/encuentros/${meetingId}`);
  for (const tab of [
    'Normas de convivencia',
    'Lluvia de ideas',
    'Tabla de tres columnas',
    'Equipos 1 a 4',
    'Conclusiones',
    'Problemáticas',
    'Observación de clase',
    'Compromisos',
  ]) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: tab })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`panel ${tab}: ${width} px`);
  }
  expect(wide).toEqual([]);
  expect(small).toEqual([]);
  await page.goto(`${server.url}/preparar/S3/presentacion`);
  await expect(page.locator('.slide.current')).toBeVisible();
  await screenshot(page, '360-presentacion-con-encuentro');
});

test('small ones: one empty-list message, the CCT error clears once fixed, photos open in the app, a card without a name', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const meetingId = await seed(page);

  // One message for an empty list, not "Aún no hay…" and "Sin resultados.".
  await page.goto(`${server.url}/practicas`);
  await page.getByLabel('Buscar').fill('geometría');
  await expect(page.getByText('Ningún registro coincide con la búsqueda o los filtros.')).toBeVisible();
  await expect(page.getByText('Sin resultados.')).toHaveCount(0);
  await expect(page.locator('main .empty')).toHaveCount(1);
  await page.goto(`${server.url}/problematicas`);
  await page.getByText('Filtros y orden').click();
  await page.getByLabel('Sesión de CTE').selectOption({ label: 'Tercera sesión ordinaria · 30 de noviembre de 2018' });
  await expect(page.getByText('Mostrando 1–1 de 1.')).toBeVisible();

  // The CCT error clears as soon as the value is right again.
  await page.goto(`${server.url}/escuela`);
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill('14DPR01');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  const cctError = page.locator('.field.has-error').filter({ has: page.getByLabel('Clave de Centro de Trabajo (CCT)') });
  await expect(cctError).toHaveCount(1);
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill('14DPR0123X');
  await expect(cctError).toHaveCount(0);
  await expect(page.getByLabel('Clave de Centro de Trabajo (CCT)')).not.toHaveAttribute('aria-invalid', 'true');

  // Tapping a photo opens it in the app, not in a blob: tab; Escape closes it, focus comes back.
  await page.goto(`${server.url}/evidencias/E1`);
  const popups: string[] = [];
  const onPopup = (p: Page) => popups.push(p.url());
  page.context().on('page', onPopup);
  const thumb = page.getByRole('button', { name: /Fotografía 1 de la evidencia.*ver en grande/ });
  await thumb.click();
  const viewer = page.getByRole('dialog');
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('img', { name: /Fotografía 1 de la evidencia/ })).toBeVisible();
  expect(await viewer.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
  // No tab was opened (checked before axe, which opens a blank page of its own).
  expect(popups).toEqual([]);
  page.context().off('page', onPopup);
  await expectAccessible(page, 'visor de fotografía');
  await screenshot(page, '360-visor-foto');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(thumb).toBeFocused();

  // A card added without a name: the message once, and the focus on the name field.
  await page.goto(`${server.url}/encuentros/${meetingId}`);
  await page.getByLabel('Nueva tarjeta', { exact: true }).first().fill('Escuchar sin interrumpir');
  await page.getByRole('button', { name: 'Agregar', exact: true }).first().click();
  await expect(page.getByText('Escriba su nombre arriba antes de agregar tarjetas.')).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: 'Escriba su nombre arriba' })).toBeVisible();
  await expect(page.getByLabel('¿Quién escribe en este dispositivo?')).toBeFocused();

  // "Guardar tiempos" names one control: the button, not also the disclosure that shows it.
  await page.getByRole('tab', { name: /^Problemáticas/ }).click();
  await page.getByText('Cambiar los tiempos').click();
  await expect(page.getByText('Guardar tiempos', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Guardar tiempos' })).toHaveCount(1);
});
