// A device for the room benchmarks: its own browser context with a school set up through the
// first-run screen, optionally with the app's diagnostics switch (window.__bitacoraSala).
export async function schoolDevice(browser, baseUrl, { school, cct = '14DPR0123X', diagnostics = false, viewport } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  if (diagnostics) await context.addInitScript(() => localStorage.setItem('bitacora-diagnostico', '1'));
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('Nombre de la escuela').fill(school);
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill(cct);
  await page.getByLabel('Nivel educativo').selectOption('primaria');
  await page.getByLabel('Zona escolar').fill('087');
  await page.getByLabel('Director o directora').fill('Directora');
  await page.getByLabel('Responsable del Cuaderno de Bitácora').fill('Responsable');
  await page.getByRole('button', { name: 'Guardar y comenzar' }).click();
  await page.getByRole('heading', { level: 1, name: `Bitácora de ${school}` }).waitFor();
  return page;
}
