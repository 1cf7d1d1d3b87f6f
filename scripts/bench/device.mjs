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

/**
 * Pairs two devices through the text codes (the screens a phone without a camera uses): host shows
 * an invitation, joiner (sent to the join page unless `joinerOnJoinPage` is false: it is already in
 * the room) answers, host connects. Done when the joiner has a direct link (`until: 'link'`) or
 * says "Todos tienen todo" (`until: 'todo'`). The room specs pair through the QR codes instead
 * (tests/e2e/helpers/room.ts).
 */
export async function pair(host, joiner, { joinerOnJoinPage = true, until = 'link', timeout = 90_000 } = {}) {
  await host.getByRole('button', { name: /Mostrar código para invitar|Generar un código nuevo/ }).click();
  const invitation = await host.getByTestId('invitation-text').inputValue();
  if (joinerOnJoinPage) await joiner.goto(`${new URL(joiner.url()).origin}/encuentros/unirse`);
  await joiner.getByLabel('Código del anfitrión').fill(invitation);
  await joiner.getByRole('button', { name: 'Usar este código' }).click();
  const reply = await joiner.getByTestId('reply-text').inputValue({ timeout: 30_000 });
  await host.getByLabel('Código de respuesta del otro dispositivo').fill(reply);
  await host.getByRole('button', { name: 'Conectar' }).click();
  if (until === 'todo') await joiner.getByTestId('room-status').getByText('Todos tienen todo').waitFor({ timeout });
  else await joiner.waitForFunction(() => window.__bitacoraSala?.getSnapshot().directLinks >= 1, null, { timeout });
}
