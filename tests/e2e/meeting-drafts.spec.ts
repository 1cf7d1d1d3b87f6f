// Issue 14, the meeting's forms: an open edit of a card is kept on the device as it is typed, comes
// back after the browser is SIGKILLed, and when the card was changed by another device meanwhile
// (here a second device of the same school, its changes brought by meeting files) the teacher is
// told and chooses; nothing is overwritten silently, neither after a kill nor under an open edit.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { firstPage, killAll, launch } from './helpers/killable';

const server = serveBuild();
test.use({ viewport: { width: 360, height: 740 } });

interface KeptDraft {
  id: string;
  baseVersion: number;
  value: unknown;
}

/** The drafts of one form as IndexedDB holds them. */
function drafts(page: Page, form: string): Promise<KeptDraft[]> {
  return page.evaluate(
    (f) =>
      new Promise<KeptDraft[]>((ok, fail) => {
        const open = indexedDB.open('bitacora-cte');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').getAll();
          req.onsuccess = () => {
            ok((req.result as (KeptDraft & { form: string })[]).filter((r) => r.form === f));
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
    form,
  );
}

async function exportFile(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar encuentro' }).click();
  const path = `test-results/${name}-${Date.now()}.encuentro`;
  await (await download).saveAs(path);
  return path;
}

const card = (page: Page, text: string | RegExp) => page.locator('.meeting-card').filter({ hasText: text });
const editField = (page: Page) => page.getByLabel('Editar la tarjeta de Beto Díaz');

async function editOnB(b: Page, from: string, to: string): Promise<void> {
  await card(b, from).getByRole('button', { name: 'Editar', exact: true }).click();
  await editField(b).fill(to);
  await b.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(card(b, to).locator('.card-text')).toHaveText(to);
}

test('an edit of a meeting card survives SIGKILL; changed by another device meanwhile, the teacher chooses', async ({ browser }) => {
  test.setTimeout(240_000);
  // Device B (same school, another phone): creates the meeting and writes the card.
  const bContext = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const b = await bContext.newPage();
  await b.goto(server.url);
  await setupSchool(b);
  await b.goto(`${server.url}/encuentros/nuevo`);
  await b.getByLabel('Nombre del encuentro').fill('Tercera sesión, zona 087');
  await b.getByLabel('Fecha').fill('2018-11-30');
  await b.getByRole('button', { name: 'Crear encuentro' }).click();
  await b.getByLabel('¿Quién escribe en este dispositivo?').fill('Beto Díaz');
  await b.getByLabel('Nueva tarjeta', { exact: true }).fill('Respetar los turnos');
  await b
    .getByLabel('Nueva tarjeta', { exact: true })
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Agregar', exact: true })
    .click();
  await expect(card(b, 'Respetar los turnos')).toBeVisible();
  const first = await exportFile(b, 'drafts-b1');

  const profile = mkdtempSync(join(tmpdir(), 'bitacora-draft-card-'));
  let proc: Awaited<ReturnType<typeof launch>>['proc'] | undefined;
  try {
    let chrome;
    ({ browser: chrome, proc } = await launch(profile));
    let a = await firstPage(chrome);
    await a.setViewportSize({ width: 360, height: 740 });
    await a.goto(server.url);
    await setupSchool(a);
    await a.goto(`${server.url}/encuentros`);
    await a.getByLabel('Importar archivo de otra escuela').setInputFiles(first);
    await a.getByRole('link', { name: /Tercera sesión, zona 087/ }).click();
    await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
    await card(a, 'Respetar los turnos').getByRole('button', { name: 'Editar', exact: true }).click();
    await editField(a).press('Control+End');
    await editField(a).pressSequentially(' para hablar', { delay: 20 });
    await expect.poll(async () => (await drafts(a, 'meetingCardEdit'))[0]?.value).toBe('Respetar los turnos para hablar');
    await killAll(proc);

    // Relaunched as the installed app opens: back on the meeting, the edit open with its words.
    ({ browser: chrome, proc } = await launch(profile));
    a = await firstPage(chrome);
    await a.setViewportSize({ width: 360, height: 740 });
    await a.goto(server.url);
    await expect(a).toHaveURL(/\/encuentros\/[^/]+$/, { timeout: 20_000 });
    await expect(editField(a)).toHaveValue('Respetar los turnos para hablar');
    await expect(a.getByText(/^Recuperamos lo que estaba escribiendo, hace (un momento|\d+ min)\.$/)).toBeVisible();
    await expectAccessible(a, 'edición de tarjeta recuperada');
    await screenshot(a, '360-borrador-tarjeta');
    await editField(a).press('Control+End');
    await editField(a).pressSequentially(' siempre', { delay: 20 });
    await expect.poll(async () => (await drafts(a, 'meetingCardEdit'))[0]?.value).toBe('Respetar los turnos para hablar siempre');
    await killAll(proc);

    // While A is gone, B edits the same card; its file reaches A before A opens the meeting.
    await editOnB(b, 'Respetar los turnos', 'Respetar los turnos y escuchar');
    const second = await exportFile(b, 'drafts-b2');
    ({ browser: chrome, proc } = await launch(profile));
    a = await firstPage(chrome);
    await a.setViewportSize({ width: 360, height: 740 });
    await a.goto(`${server.url}/encuentros`);
    await a.getByLabel('Importar archivo de otra escuela').setInputFiles(second);
    await expect(a.getByText(/^Se unieron los paneles del archivo/)).toBeVisible();
    await a.getByRole('link', { name: /Tercera sesión, zona 087/ }).click();
    const stale = a.getByRole('alert').filter({ hasText: 'Esta tarjeta cambió después de que empezó a editarla' });
    await expect(stale).toContainText('su borrador dice «Respetar los turnos para hablar siempre»');
    // Nothing applied silently: the card shows B's words, the editor stays closed, the draft waits.
    await expect(card(a, 'Respetar los turnos').locator('.card-text')).toHaveText('Respetar los turnos y escuchar');
    await expect(editField(a)).toHaveCount(0);
    await expect(card(a, 'Respetar los turnos').getByRole('button', { name: 'Editar', exact: true })).toHaveCount(0);
    expect((await drafts(a, 'meetingCardEdit'))[0]?.value).toBe('Respetar los turnos para hablar siempre');
    await expectAccessible(a, 'borrador de tarjeta cambiada');
    await screenshot(a, '360-borrador-tarjeta-cambiada');
    await stale.getByRole('button', { name: 'Seguir con mi borrador' }).click();
    await expect(editField(a)).toHaveValue('Respetar los turnos para hablar siempre');
    await a.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(card(a, 'Respetar los turnos').locator('.card-text')).toHaveText('Respetar los turnos para hablar siempre');
    await expect.poll(() => drafts(a, 'meetingCardEdit')).toEqual([]);

    // Under an open edit: B's next change arrives (a file imported on the meeting screen). B never
    // saw A's last words, so the card ends with both edits merged (M2): read what it says now.
    await editOnB(b, 'Respetar los turnos y escuchar', 'Respetar los turnos de cada quien');
    const third = await exportFile(b, 'drafts-b3');
    const before = 'Respetar los turnos para hablar siempre';
    await card(a, 'Respetar los turnos').getByRole('button', { name: 'Editar', exact: true }).click();
    await editField(a).fill('Hablar por turnos');
    await a.getByLabel('Importar archivo de otra escuela').setInputFiles(third);
    const changed = a.getByRole('alert').filter({ hasText: 'Mientras usted editaba, alguien cambió esta tarjeta' });
    await expect(changed).toBeVisible();
    const merged = (await changed.textContent())!.match(/Ahora dice «(.*)»\./)![1]!;
    expect(merged).not.toBe(before);
    expect(merged).toContain('de cada quien');
    await screenshot(a, '360-tarjeta-cambiada-al-editar');
    // Saving before choosing does not write over B's words.
    await a.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(editField(a)).toHaveValue('Hablar por turnos');
    await changed.getByRole('button', { name: 'Usar el texto guardado' }).click();
    await expect(editField(a)).toHaveValue(merged);
    await expect(changed).toHaveCount(0);
    await a.getByRole('button', { name: 'Cancelar' }).click();
    await expect(card(a, 'Respetar los turnos').locator('.card-text')).toHaveText(merged);
    await expect.poll(() => drafts(a, 'meetingCardEdit')).toEqual([]);
    await chrome.close();
  } finally {
    if (proc) await killAll(proc);
    await bContext.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test("an aportación and an edit of a problemática's fields keep their drafts through a reload; saving clears them", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await setupSchool(page);
  await page.goto(`${server.url}/encuentros/nuevo`);
  await page.getByLabel('Nombre del encuentro').fill('Tercera sesión, zona 087');
  await page.getByLabel('Fecha').fill('2018-11-30');
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await page.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  const problems = () => page.getByRole('tab', { name: /^Problemáticas/ }).click();
  await problems();
  await page.getByRole('button', { name: '+ Publicar la problemática de mi escuela' }).click();
  await page.getByLabel('Contenido programático o habilidad').fill('Fracciones con regletas');
  await page.getByRole('button', { name: 'Publicar problemática' }).click();
  const problem = card(page, 'Fracciones con regletas').first();
  await problem.getByLabel('Agregar aportación').fill('Usar recetas de cocina');
  await expect.poll(async () => (await drafts(page, 'meetingCard')).map((d) => d.value)).toEqual(['Usar recetas de cocina']);
  await problem.getByRole('button', { name: 'Editar los datos' }).click();
  await problem.getByLabel('Recursos y materiales').fill('Regletas de colores');
  await expect
    .poll(async () => ((await drafts(page, 'meetingProblemEdit'))[0]?.value as Record<string, string> | undefined)?.recursos)
    .toBe('Regletas de colores');

  await page.reload();
  await problems();
  // Both come back: the aportación in its field, the edit reopened with its words.
  await expect(problem.getByLabel('Agregar aportación')).toHaveValue('Usar recetas de cocina');
  await expect(problem.getByLabel('Recursos y materiales')).toHaveValue('Regletas de colores');
  await problem.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(problem).toContainText('Regletas de colores');
  await problem.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.locator('.aportaciones .meeting-card', { hasText: 'Usar recetas de cocina' })).toBeVisible();
  await expect.poll(async () => [...(await drafts(page, 'meetingCard')), ...(await drafts(page, 'meetingProblemEdit'))]).toEqual([]);
});
