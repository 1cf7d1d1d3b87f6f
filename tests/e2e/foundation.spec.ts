// Issue 2: a teacher installs the app, fills in the school and a session, loses the network,
// and keeps working.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { HOSTS, serveBuild, startStaticServer, type StaticServer } from './helpers/server';
import { expectAccessible, screenshot, setupSchool, waitForServiceWorker } from './helpers/app';

const server = serveBuild();

test.use({ viewport: { width: 360, height: 740 } });

test('first run validates the CCT, then the school profile opens the app', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Bienvenida a la Bitácora del CTE' })).toBeVisible();
  await expectAccessible(page, 'primer uso');
  await screenshot(page, '360-primer-uso');

  await page.getByLabel('Nombre de la escuela').fill('Escuela Primaria Benito Juárez');
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill('14-dpr-0123');
  await page.getByRole('button', { name: 'Guardar y comenzar' }).click();
  const cct = page.getByLabel('Clave de Centro de Trabajo (CCT)');
  await expect(page.getByText('La CCT no tiene la forma oficial')).toBeVisible();
  await expect(cct).toHaveAttribute('aria-invalid', 'true');
  await expect(cct).toBeFocused();
  await expectAccessible(page, 'primer uso con errores');

  await cct.fill('');
  await page.reload();
  await setupSchool(page);
  await expect(page.getByText('Escuela Primaria Benito Juárez · 14DPR0123X')).toBeVisible();
  await screenshot(page, '360-inicio');
  await expectAccessible(page, 'inicio');

  // The profile is editable later, and the teachers are there.
  await page.getByRole('button', { name: 'Menú' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Escuela' }).click();
  await expect(page.getByRole('heading', { name: 'Datos de la escuela' })).toBeVisible();
  await expect(page.getByLabel('Nombre del docente').first()).toHaveValue('María López Pérez');
  await page.getByLabel('Zona escolar').fill('088');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Datos de la escuela guardados.')).toBeVisible();
  await expectAccessible(page, 'escuela');
  await screenshot(page, '360-escuela');
  await page.reload();
  await expect(page.getByLabel('Zona escolar')).toHaveValue('088');
});

test('sessions are created, listed and edited; ciclo follows the date', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await page.getByRole('link', { name: '+ Registrar una sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Nueva sesión' })).toBeVisible();
  await page.getByLabel('Número de sesión').selectOption('3');
  await page.getByLabel('Fecha').fill('2018-11-30');
  await expect(page.getByLabel('Ciclo escolar')).toHaveValue('2018-2019');
  await page.getByLabel('Aprendizaje entre escuelas').check();
  await page.getByLabel('Normas de convivencia acordadas').fill('Respetar los turnos\nEscuchar con atención');
  await expectAccessible(page, 'nueva sesión');
  await screenshot(page, '360-nueva-sesion');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Sesiones de CTE' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ciclo escolar 2018-2019' })).toBeVisible();
  const item = page.getByRole('link', { name: /Tercera sesión ordinaria/ });
  await expect(item).toContainText('30 de noviembre de 2018');
  await expect(item).toContainText('Aprendizaje entre escuelas');
  await expectAccessible(page, 'sesiones');
  await screenshot(page, '360-sesiones');

  await item.click();
  await expect(page.getByRole('heading', { name: 'Editar sesión' })).toBeVisible();
  await expect(page.getByLabel('Normas de convivencia acordadas')).toHaveValue('Respetar los turnos\nEscuchar con atención');
  await page.getByLabel('Fecha').fill('');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Este dato es obligatorio.')).toBeVisible();
  await page.getByLabel('Fecha').fill('2019-01-25');
  await expect(page.getByLabel('Ciclo escolar')).toHaveValue('2018-2019');
  await page.getByLabel('Número de sesión').selectOption('5');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('link', { name: /Quinta sesión ordinaria/ })).toContainText('25 de enero de 2019');
});

test('offline: the app, its data and deep links keep working without network', async ({ page, context }) => {
  await page.goto(server.url);
  await expect(page.getByText('Lista para usarse sin conexión')).toBeVisible();
  await waitForServiceWorker(page);
  await setupSchool(page);
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Fecha').fill('2018-10-26');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  const link = page.getByRole('link', { name: /Primera sesión ordinaria/ });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: /Primera sesión ordinaria/ })).toBeVisible();
  // The "ready offline" notice is shown once per device, not at every start.
  await expect(page.getByText('Lista para usarse sin conexión')).toHaveCount(0);

  // A deep link typed or bookmarked loads from the service worker cache.
  await page.goto(`${server.url}${href}`);
  await expect(page.getByRole('heading', { name: 'Editar sesión' })).toBeVisible();
  await expect(page.getByLabel('Fecha')).toHaveValue('2018-10-26');
  await page.goto(`${server.url}/acerca`);
  await expect(page.getByRole('heading', { name: 'Almacenamiento' })).toBeVisible();
  await expect(page.getByTestId('storage-usage')).toContainText('En uso:');
  await expect(page.getByTestId('storage-persisted')).toBeVisible();
  await expectAccessible(page, 'acerca de');
  await screenshot(page, '360-acerca');

  // Still working offline: a new session is saved and survives a reload.
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption('2');
  await page.getByLabel('Fecha').fill('2018-11-09');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /Segunda sesión ordinaria/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Primera sesión ordinaria/ })).toBeVisible();

  // Every menu entry leads somewhere that says what it is for.
  for (const [label, heading] of [
    ['Prácticas', 'Prácticas educativas'],
    ['Encuentros', 'Encuentros “Aprendizaje entre escuelas”'],
    ['Respaldo', 'Respaldo'],
  ] as const) {
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto(`${server.url}/no-existe`);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
});

// The update and the manifest are what a sub-path breaks first: both run at the root and under one.
for (const host of HOSTS) {
  test.describe(host.name, () => {
    let hosted: StaticServer;
    test.beforeAll(async () => {
      hosted = await startStaticServer(host.dir, host.base);
    });
    test.afterAll(async () => {
      await hosted.close();
    });

    test('a new version waits until the user accepts the update', async ({ page }) => {
      await page.goto(hosted.url);
      await waitForServiceWorker(page);
      await setupSchool(page);
      const original = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      expect(original).toBe(`${hosted.url}/sw.js`);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${hosted.url}/`);

      // Publish a new service worker (any byte change is a new version for the browser).
      const { readFile } = await import('node:fs/promises');
      const sw = await readFile(`${host.dir}/sw.js`, 'utf8');
      hosted.override('/sw.js', `${sw}\n// nueva versión ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const prompt = page.getByText('Hay una versión nueva de la aplicación.');
      await expect(prompt).toBeVisible();
      // Not applied behind the user's back: the old worker still controls and a waiting one exists.
      expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(original);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Actualizar' }).click()]);
      await expect(page.getByRole('heading', { level: 1, name: /Bitácora de/ })).toBeVisible();
      expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
      await expect(prompt).toHaveCount(0);
    });

    test('manifest is Spanish and installable, with real icons, scoped to where the app lives', async ({ page, request }) => {
      await page.goto(hosted.url);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifestUrl = new URL(href!, page.url()).href;
      expect(manifestUrl).toBe(`${hosted.url}/manifest.webmanifest`);
      const res = await request.get(manifestUrl);
      const manifest = await res.json();
      expect(manifest).toMatchObject({ lang: 'es-MX', display: 'standalone', name: 'Bitácora CTE' });
      // start_url, scope and id are resolved against the manifest's own address (W3C manifest).
      for (const key of ['start_url', 'scope', 'id']) expect(new URL(manifest[key], manifestUrl).href).toBe(`${hosted.url}/`);
      expect(manifest.short_name).toBeTruthy();
      expect(manifest.description).toMatch(/Consejo Técnico Escolar/);
      const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
      expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const icon of manifest.icons as { src: string; sizes: string }[]) {
        const img = await request.get(new URL(icon.src, manifestUrl).href);
        const body = await img.body();
        expect(body.subarray(1, 4).toString()).toBe('PNG');
        const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
        expect(`${w}x${h}`).toBe(icon.sizes);
      }
    });
  });
}
