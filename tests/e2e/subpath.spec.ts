// Issue 21: a build made with `vite build --base=/bitacora/` works when a static host serves it
// under /bitacora/ (a project page, a school's own site): installed, offline, deep links, the menu,
// print and slides. Nothing outside the sub-path is ever asked for.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild, SUB_PATH_HOST } from './helpers/server';
import { expectAccessible, setupSchool, waitForServiceWorker } from './helpers/app';

const server = serveBuild(SUB_PATH_HOST.dir, SUB_PATH_HOST.base);

test.use({ viewport: { width: 360, height: 740 } });

test('under /bitacora/: installs, works offline, deep links, menu, print and slides', async ({ page, context }) => {
  const outside: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(server.origin) && !url.startsWith(`${server.url}/`) && url !== server.url) outside.push(url);
  });

  await page.goto(server.url);
  expect(page.url()).toBe(`${server.url}/`);
  await expect(page.getByText('Lista para usarse sin conexión')).toBeVisible();
  await waitForServiceWorker(page);
  await setupSchool(page);

  // Every menu entry points inside the sub-path, and following one keeps the sub-path.
  const hrefs = await page.locator('#menu-principal a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^\/bitacora\//);
  await page.getByRole('button', { name: 'Menú' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Sesiones de CTE', exact: true }).click();
  await expect(page).toHaveURL(`${server.url}/sesiones`);
  await page.getByRole('link', { name: '+ Nueva sesión' }).click();
  await expect(page).toHaveURL(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Fecha').fill('2018-10-26');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  const link = page.getByRole('link', { name: /Primera sesión ordinaria/ });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/bitacora\/sesiones\/[^/]+$/);
  const sessionId = href.split('/').pop()!;

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: /Primera sesión ordinaria/ })).toBeVisible();

  // Deep links typed or bookmarked load from the worker's cache, inside the sub-path.
  await page.goto(`${server.origin}${href}`);
  await expect(page.getByRole('heading', { name: 'Editar sesión' })).toBeVisible();
  await expect(page.getByLabel('Fecha')).toHaveValue('2018-10-26');

  // Print: options, then the sheet (a bare route) from a deep link.
  await page.goto(`${server.url}/imprimir`);
  await expect(page.getByRole('heading', { name: 'Imprimir o guardar en PDF' })).toBeVisible();
  await page.goto(`${server.url}/imprimir/sesion/${sessionId}`);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByText('Primera sesión ordinaria').first()).toBeVisible();

  // Slides (also bare): with nothing prepared yet it says so, and its way back stays in the sub-path.
  await page.goto(`${server.url}/preparar/${sessionId}/presentacion`);
  const back = page.getByRole('link', { name: 'Volver' });
  await expect(back).toHaveAttribute('href', `/bitacora/preparar/${sessionId}`);
  await back.click();
  await expect(page).toHaveURL(`${server.url}/preparar/${sessionId}`);

  await page.goto(`${server.url}/no-existe`);
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
  await page.goto(`${server.url}/acerca`);
  await expect(page.getByRole('heading', { name: 'Almacenamiento' })).toBeVisible();
  await expectAccessible(page, 'acerca de bajo una subruta');

  expect(outside).toEqual([]);
});
