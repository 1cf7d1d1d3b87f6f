// Issue 7: text with HTML or script, from a file or typed, renders inert on every screen and in print.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { buildBackupText, commitment, evidence, practice, problem, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

const EVIL = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

test('hostile text from a backup shows as text and runs nothing, on every screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await setupSchool(page, { name: `Escuela ${EVIL}` });
  await restoreFixture(
    page,
    server.url,
    'html-hostil',
    buildBackupText({
      tables: {
        sessions: [session('S1', 1, '2018-09-28', EVIL, [EVIL])],
        practices: [practice('P1', 'S1', `Práctica ${EVIL}`, 1, { reasons: [EVIL, EVIL, EVIL], description: EVIL })],
        evidences: [evidence('E1', ['P1'], [], `Evidencia ${EVIL}`)],
        problems: [problem('Q1', 'S1', `Problemática ${EVIL}`)],
        commitments: [commitment('C1', 'S1', `Compromiso ${EVIL}`)],
      },
    }),
  );
  const screens = [
    '/',
    '/sesiones',
    '/sesiones/S1',
    '/practicas',
    '/practicas/P1',
    '/evidencias',
    '/evidencias/E1',
    '/problematicas',
    '/problematicas/Q1',
    '/compromisos',
    '/compromisos/C1',
    '/compromisos/revision',
    '/preparar/S1',
    '/imprimir/ciclo/2018-2019',
    '/escuela',
  ];
  for (const path of screens) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script').count(), path).toBe(0);
  }
  await page.goto(`${server.url}/practicas/P1`);
  await expect(page.getByText(`Práctica ${EVIL}`).first()).toBeVisible();
});
