// Issue 14: nothing typed is lost when the phone closes the app. Drafts are read back straight
// from IndexedDB (not through the app) to wait for them, and the browser is a real Chromium
// process killed with SIGKILL on a persistent profile, as Android kills it behind the camera.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { firstPage, killAll, launch } from './helpers/killable';
import { storedDrafts, type StoredDraft } from './helpers/drafts';

const server = serveBuild();
test.use({ viewport: { width: 360, height: 740 } });

async function draftOf(page: Page, id: string): Promise<StoredDraft | undefined> {
  return (await storedDrafts(page)).find((d) => d.id === id);
}

async function addSession(page: Page, date = '2018-09-28'): Promise<void> {
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Fecha').fill(date);
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
}

test('a práctica typed, the browser killed: relaunched on the same form with the text back; discard, undo, save clears it', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'bitacora-draft-'));
  try {
    let { browser, proc } = await launch(profile);
    let page = await firstPage(browser);
    await page.goto(server.url);
    await setupSchool(page);
    await addSession(page);
    await page.goto(`${server.url}/practicas`);
    await page.getByRole('link', { name: '+ Nueva práctica' }).click();
    await page.getByLabel('Nombre de la práctica').fill('Lectura en voz alta por parejas');
    await page.getByLabel('¿Qué hizo en el aula?').pressSequentially('Cada día leen en parejas', { delay: 20 });
    await expect.poll(async () => (await draftOf(page, 'practice:nuevo'))?.value.description).toBe('Cada día leen en parejas');
    await killAll(proc);

    ({ browser, proc } = await launch(profile));
    page = await firstPage(browser);
    // Opened as the installed app opens: on its start address.
    await page.goto(server.url);
    await expect(page).toHaveURL(/\/practicas\/nueva$/);
    await expect(page.getByText(/^Recuperamos lo que estaba escribiendo, hace (un momento|\d+ min)\.$/)).toBeVisible();
    await expect(page.getByLabel('Nombre de la práctica')).toHaveValue('Lectura en voz alta por parejas');
    await expect(page.getByLabel('¿Qué hizo en el aula?')).toHaveValue('Cada día leen en parejas');
    await expectAccessible(page, 'borrador recuperado');
    await screenshot(page, '360-borrador-recuperado');

    await page.getByRole('button', { name: 'Descartar borrador' }).click();
    await expect(page.getByLabel('Nombre de la práctica')).toHaveValue('');
    await expect.poll(() => draftOf(page, 'practice:nuevo')).toBeUndefined();
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect(page.getByLabel('Nombre de la práctica')).toHaveValue('Lectura en voz alta por parejas');
    await expect.poll(async () => (await draftOf(page, 'practice:nuevo'))?.value.title).toBe('Lectura en voz alta por parejas');

    await page.getByLabel('Docente').selectOption({ label: 'María López Pérez (3° A)' });
    await page.getByLabel('Contenido o habilidad de mayor dificultad que atiende').fill('Comprensión lectora');
    for (const n of [1, 2, 3]) await page.getByLabel(`Razón ${n}`).fill(`Razón número ${n}`);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lectura en voz alta por parejas' })).toBeVisible();
    expect(await storedDrafts(page)).toEqual([]);
    await page.goto(`${server.url}/practicas`);
    await expect(page.getByRole('link', { name: /Lectura en voz alta por parejas/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Borradores sin guardar' })).toHaveCount(0);
    await browser.close();
    await killAll(proc);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('an evidencia with a picked photo survives a kill: text and the downscaled photo back, saved with it', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'bitacora-draft-'));
  try {
    let { browser, proc } = await launch(profile);
    let page = await firstPage(browser);
    await page.goto(server.url);
    await setupSchool(page);
    const photo = Buffer.from(
      await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(3000, 2000);
        const ctx = canvas.getContext('2d')!;
        const g = ctx.createLinearGradient(0, 0, 3000, 2000);
        g.addColorStop(0, '#0f5c4d');
        g.addColorStop(1, '#f0b429');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 3000, 2000);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await page.goto(`${server.url}/evidencias/nueva`);
    await page.getByLabel('Descripción').fill('Cartel de la lectura en parejas');
    await page.getByLabel('Tomar fotografía').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.getByText(/IMG_2041\.jpg · .* · 1600×1067/)).toBeVisible({ timeout: 20_000 });
    await expect
      .poll(async () => (await draftOf(page, 'evidence:nuevo'))?.files)
      .toEqual([expect.objectContaining({ name: 'IMG_2041.jpg', thumb: true })]);
    await killAll(proc);

    ({ browser, proc } = await launch(profile));
    page = await firstPage(browser);
    await page.goto(`${server.url}/evidencias/nueva`);
    await expect(page.getByText(/^Recuperamos lo que estaba escribiendo/)).toBeVisible();
    await expect(page.getByLabel('Descripción')).toHaveValue('Cartel de la lectura en parejas');
    await expect(page.getByText(/IMG_2041\.jpg · .* · 1600×1067/)).toBeVisible();
    await expect(page.getByRole('img', { name: 'IMG_2041.jpg' })).toBeVisible();
    await screenshot(page, '360-borrador-evidencia');
    // "Acerca de" counts it, photo included.
    await page.goto(`${server.url}/acerca`);
    await expect(page.getByTestId('draft-space')).toHaveText(/^1 borrador sin guardar, unos [\d.]+ KB \(con sus fotos\)\.$/);
    await page.goto(`${server.url}/evidencias`);
    await page.getByRole('link', { name: /Cartel de la lectura en parejas.*Borrador sin guardar/ }).click();
    await expect(page.getByText(/IMG_2041\.jpg · /)).toBeVisible();
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cartel de la lectura en parejas' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Fotografía 1 de la evidencia/ })).toBeVisible();
    expect(await storedDrafts(page)).toEqual([]);
    await browser.close();
    await killAll(proc);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('back-navigation keeps the draft: the list offers it, and the form brings it back', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await addSession(page);
  await page.goto(`${server.url}/problematicas/nueva`);
  // Typed and left at once: the form's going away writes what the timer had not written yet.
  await page.getByLabel('Contenido programático o habilidad').fill('Fracciones equivalentes');
  await page.getByRole('link', { name: '← Problemáticas' }).click();
  await expect(page.getByRole('heading', { name: 'Borradores sin guardar' })).toBeVisible();
  await expectAccessible(page, 'lista con borrador');
  await page.getByRole('link', { name: /Fracciones equivalentes.*Borrador sin guardar/ }).click();
  await expect(page.getByLabel('Contenido programático o habilidad')).toHaveValue('Fracciones equivalentes');
  await expect(page.getByText(/^Recuperamos lo que estaba escribiendo/)).toBeVisible();
  await page.goBack();
  await page.goForward();
  await expect(page.getByLabel('Contenido programático o habilidad')).toHaveValue('Fracciones equivalentes');

  // A session's notes and the school profile keep theirs through a reload too.
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Notas de la sesión').fill('Traer los cuadernos de lectura');
  await expect.poll(async () => (await draftOf(page, 'session:nuevo'))?.value.notes).toBe('Traer los cuadernos de lectura');
  await page.reload();
  await expect(page.getByLabel('Notas de la sesión')).toHaveValue('Traer los cuadernos de lectura');
  await page.goto(`${server.url}/sesiones`);
  await expect(page.getByRole('link', { name: /Traer los cuadernos de lectura.*Borrador sin guardar/ })).toBeVisible();
  await page.goto(`${server.url}/escuela`);
  await page.getByLabel('Zona escolar').fill('099');
  await expect.poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('school:'))?.value.zonaEscolar).toBe('099');
  await page.reload();
  await expect(page.getByLabel('Zona escolar')).toHaveValue('099');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Datos de la escuela guardados.')).toBeVisible();
  await expect.poll(async () => (await storedDrafts(page)).filter((d) => d.id.startsWith('school:'))).toEqual([]);
});

test('a draft of an edit whose record changed meanwhile says so and lets the teacher choose', async ({ page, context }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await addSession(page);
  await page.goto(`${server.url}/compromisos/nuevo`);
  await page.getByLabel('Compromiso o acuerdo').fill('Leer 20 minutos diarios');
  await page.getByLabel('Fecha para cumplirlo').fill('2018-11-30');
  await page.getByLabel('¿Cómo se mostrarán los resultados?').fill('Registros de lectura');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leer 20 minutos diarios' })).toBeVisible();
  const editUrl = `${page.url()}/editar`;

  // This tab starts an edit and leaves a draft of version 1...
  await page.goto(editUrl);
  const statement = page.getByLabel('Compromiso o acuerdo');
  await statement.fill('Leer 30 minutos diarios en casa');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.value.statement === 'Leer 30 minutos diarios en casa')?.baseVersion)
    .toBe(1);

  // ...while another tab opens the same edit, drops that draft and saves its own change (version 2).
  const other = await context.newPage();
  await other.goto(editUrl);
  await other.getByRole('button', { name: 'Descartar borrador' }).click();
  await other.getByLabel('Compromiso o acuerdo').fill('Leer 25 minutos diarios');
  await other.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Leer 25 minutos diarios' })).toBeVisible();
  await other.close();

  // The first tab types on (its draft still says version 1) and is reloaded.
  await statement.pressSequentially('!');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.value.statement === 'Leer 30 minutos diarios en casa!')?.baseVersion)
    .toBe(1);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Este registro cambió después de que empezó su borrador' })).toBeVisible();
  // Nothing applied silently: the saved version is what the form shows.
  await expect(page.getByLabel('Compromiso o acuerdo')).toHaveValue('Leer 25 minutos diarios');
  await expectAccessible(page, 'borrador de una versión anterior');
  await screenshot(page, '360-borrador-cambio');
  await page.getByRole('button', { name: 'Seguir con mi borrador' }).click();
  await expect(page.getByLabel('Compromiso o acuerdo')).toHaveValue('Leer 30 minutos diarios en casa!');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.value.statement === 'Leer 30 minutos diarios en casa!')?.baseVersion)
    .toBe(2);
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leer 30 minutos diarios en casa!' })).toBeVisible();
  expect(await storedDrafts(page)).toEqual([]);

  // Its follow-up note is kept too, and goes with the follow-up it was written for.
  await page.getByLabel(/^Nota \(opcional\)/).fill('Ya leen 25 minutos');
  await expect.poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('followUp:'))?.value).toBe('Ya leen 25 minutos');
  await page.reload();
  await expect(page.getByLabel(/^Nota \(opcional\)/)).toHaveValue('Ya leen 25 minutos');
  await page.getByRole('group').getByRole('button', { name: 'En proceso' }).click();
  await expect(page.getByLabel(/^Nota \(opcional\)/)).toHaveValue('');
  await expect.poll(() => storedDrafts(page)).toEqual([]);
});

test('a draft that cannot be written is said once; the form keeps working and saves', async ({ page }) => {
  // The boundary: IndexedDB refusing the draft store's writes, as a full disk does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'drafts') throw new DOMException('El disco está lleno', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto(server.url);
  await setupSchool(page);
  await addSession(page);
  await page.goto(`${server.url}/problematicas/nueva`);
  await page.getByLabel('Contenido programático o habilidad').fill('Lectura de comprensión');
  const warning = page.getByRole('alert').filter({ hasText: 'No se pudo guardar el borrador en el dispositivo' });
  await expect(warning).toBeVisible();
  await page.getByLabel('Contenido programático o habilidad').pressSequentially(' en tercero', { delay: 150 });
  await expect(warning).toHaveCount(1);
  await expect(page.getByLabel('Contenido programático o habilidad')).toHaveValue('Lectura de comprensión en tercero');
  await page.getByLabel('Acciones que no funcionaron y por qué').fill('Dictados largos: se aburrían');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lectura de comprensión en tercero' })).toBeVisible();
});

test('a meeting card, a meeting problemática and a preparation step keep their drafts through a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await setupSchool(page);
  await addSession(page, '2018-11-09');

  await page.goto(`${server.url}/encuentros`);
  await page.getByRole('link', { name: '+ Nuevo encuentro' }).click();
  await page.getByLabel('Nombre del encuentro').fill('Tercera sesión, zona 087');
  await page.getByLabel('Fecha').fill('2018-11-30');
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tercera sesión, zona 087' })).toBeVisible();
  await page.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  await page.getByLabel('Nueva tarjeta', { exact: true }).fill('Respetar los turnos para hablar');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('meetingCard:'))?.value)
    .toBe('Respetar los turnos para hablar');
  await page.reload();
  await expect(page.getByLabel('Nueva tarjeta', { exact: true })).toHaveValue('Respetar los turnos para hablar');
  await expect(page.getByText(/^Recuperamos lo que estaba escribiendo/)).toBeVisible();
  await page
    .getByLabel('Nueva tarjeta', { exact: true })
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Agregar', exact: true })
    .click();
  await expect(page.locator('.meeting-card').filter({ hasText: 'Respetar los turnos para hablar' })).toBeVisible();
  await expect.poll(async () => (await storedDrafts(page)).filter((d) => d.id.startsWith('meetingCard:'))).toEqual([]);

  await page.getByRole('tab', { name: /^Problemáticas/ }).click();
  await page.getByRole('button', { name: /Publicar la problemática de mi escuela/ }).click();
  await page.getByLabel('Contenido programático o habilidad').fill('Fracciones con regletas');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('meetingProblem:'))?.value.contenido)
    .toBe('Fracciones con regletas');
  await page.reload();
  await page.getByRole('tab', { name: /^Problemáticas/ }).click();
  // The kept draft opens the form it belongs to.
  await expect(page.getByLabel('Contenido programático o habilidad')).toHaveValue('Fracciones con regletas');

  await page.goto(`${server.url}/preparar`);
  await page.getByRole('button', { name: 'Comenzar' }).click();
  await page.getByRole('button', { name: /3\. Plenaria/ }).click();
  await page.getByLabel('Apoyo que se requiere').fill('Estrategias para inferir');
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('prep-plenaria:'))?.value.supportRequested)
    .toBe('Estrategias para inferir');
  await page.reload();
  await page.getByRole('button', { name: /3\. Plenaria/ }).click();
  await expect(page.getByLabel('Apoyo que se requiere')).toHaveValue('Estrategias para inferir');
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();
  await expect(page.getByText(/1 de 4 pasos terminados/)).toBeVisible();
  await expect.poll(async () => (await storedDrafts(page)).filter((d) => d.id.startsWith('prep-plenaria:'))).toEqual([]);
});

test('a práctica typed in the preparation step 1 survives a kill, is listed with the Prácticas drafts and resumes there', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'bitacora-draft-prep-'));
  let proc: Awaited<ReturnType<typeof launch>>['proc'] | undefined;
  try {
    let browser;
    ({ browser, proc } = await launch(profile));
    let page = await firstPage(browser);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await setupSchool(page);
    await addSession(page, '2018-11-09');
    await page.goto(`${server.url}/preparar`);
    await page.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByRole('button', { name: '+ Registrar la práctica de María López Pérez' }).click();
    await page.getByLabel('Nombre de la práctica').fill('Tertulias literarias');
    await page.getByLabel('¿Qué hizo en el aula?').pressSequentially('Leen un cuento y lo comentan', { delay: 20 });
    await expect
      .poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('prepPractice:'))?.value.description)
      .toBe('Leen un cuento y lo comentan');
    await killAll(proc);

    // Relaunched on the start address: back in step 1, María's form open with its words.
    ({ browser, proc } = await launch(profile));
    page = await firstPage(browser);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await expect(page).toHaveURL(/\/preparar\/[^/?]+/);
    await expect(page.getByLabel('Nombre de la práctica')).toHaveValue('Tertulias literarias');
    await expect(page.getByLabel('¿Qué hizo en el aula?')).toHaveValue('Leen un cuento y lo comentan');
    await expect(page.getByText(/^Recuperamos lo que estaba escribiendo/)).toBeVisible();

    // Closed and left: the Prácticas list offers it, and its link opens that very form.
    await page.getByRole('button', { name: 'Cerrar el formulario' }).click();
    await expect(page.getByRole('button', { name: /Registrar la práctica de María López Pérez.*Borrador sin guardar/ })).toBeVisible();
    await page.goto(`${server.url}/practicas`);
    const listed = page.getByRole('link', { name: /Tertulias literarias.*Borrador sin guardar/ });
    await expect(listed).toContainText('En «Preparar el encuentro», paso 1');
    await expectAccessible(page, 'prácticas con borrador de la preparación');
    await screenshot(page, '360-practicas-borrador-preparacion');
    await listed.click();
    await expect(page).toHaveURL(/\/preparar\/[^/?]+\?paso=individual&docente=/);
    await expect(page.getByLabel('Nombre de la práctica')).toHaveValue('Tertulias literarias');
    await page.getByLabel('Contenido o habilidad de mayor dificultad que atiende').fill('Comprensión lectora');
    for (const n of [1, 2, 3]) await page.getByLabel(`Razón ${n}`).fill(`Razón número ${n}`);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Tertulias literarias' })).toBeVisible();
    expect(await storedDrafts(page)).toEqual([]);
    await page.goto(`${server.url}/practicas`);
    await expect(page.getByRole('link', { name: /Tertulias literarias/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Borradores sin guardar' })).toHaveCount(0);
    await browser.close();
  } finally {
    if (proc) await killAll(proc);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
