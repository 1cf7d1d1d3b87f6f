// Steps of the rejoin tests (issue 15): a room of three devices in separate browser contexts, the
// scanning device A in a Chromium whose fake camera shows whatever QR the test writes into its
// video file (read when the camera starts), and the checks that everyone has everything.
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeQrVideo } from './fakeCamera';
import { expectCard, MEETING, newDevice, openRoom, pair, readQr } from './room';

export interface CameraBrowser {
  browser: Browser;
  /** Puts this QR in front of the camera (the next time it is switched on). */
  show(text: string): void;
}

export async function cameraBrowser(): Promise<CameraBrowser> {
  const video = join(mkdtempSync(join(tmpdir(), 'qr-cam-')), 'qr.y4m');
  writeQrVideo(video, 'nada');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`, '--use-fake-ui-for-media-stream'],
  });
  return { browser, show: (text) => writeQrVideo(video, text) };
}

/** A (scanner, with camera), B and C: A-B and B-C paired by QR, A-C linked through B (T18). */
export async function roomOfThree(cam: CameraBrowser, browser: Browser, url: string, c?: Page): Promise<{ a: Page; b: Page; c: Page }> {
  const a = await newDevice(cam.browser, url, 'Escuela A', 'Ana');
  await a.context().grantPermissions(['camera'], { origin: url });
  const b = await newDevice(browser, url, 'Escuela B', 'Beto');
  const cc = c ?? (await newDevice(browser, url, 'Escuela C', 'Carla'));
  // What C's console says goes into the failure below: a flake here must leave its cause behind.
  const said: string[] = [];
  cc.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? said.push(`${m.type()}: ${m.text()}`) : 0));
  await openRoom(a);
  await pair(a, b, { joinerOnJoinPage: true });
  await pair(b, cc, { joinerOnJoinPage: true });
  await expect(a.getByTestId('devices').locator('li', { hasText: 'Escuela C' })).toContainText('conexión directa', { timeout: 30_000 });
  await expect(cc.getByTestId('devices').locator('li', { hasText: 'Escuela A' })).toContainText('conexión directa', { timeout: 30_000 });
  // C remembers both devices it was linked to (in its IndexedDB) before anything drops it.
  try {
    await expect.poll(() => knownDevices(cc), { timeout: 20_000 }).toBe(2);
  } catch (err) {
    throw new Error(`C does not remember both devices; its console said: ${said.join(' | ') || 'nothing'}`, { cause: err });
  }
  return { a, b, c: cc };
}

/** How many devices of the meeting this device remembers (R3), read straight from IndexedDB. */
export function knownDevices(page: Page): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((ok) => {
        const open = indexedDB.open('bitacora-sala', 1);
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').get(key);
          req.onsuccess = () => ok(Array.isArray(req.result) ? req.result.length : 0);
          req.onerror = () => ok(0);
        };
        open.onerror = () => ok(0);
      }),
    `dispositivos:${MEETING}`,
  );
}

/** The returning device's one QR, read from its screen as a camera would. */
export async function rejoinQr(page: Page): Promise<string> {
  await expect(page.getByRole('region', { name: 'Volver a la sala' })).toBeVisible({ timeout: 30_000 });
  const code = await readQr(page, 'rejoin-qr');
  expect(code).toBe(await page.getByTestId('rejoin-text').inputValue());
  return code;
}

/** The scanner points its camera at the code (one scan) in "Hacer volver a un dispositivo". */
export async function scanRejoin(cam: CameraBrowser, scanner: Page, code: string): Promise<void> {
  cam.show(code);
  const panel = scanner.getByRole('region', { name: 'Hacer volver a un dispositivo' });
  const details = panel.locator('details');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await panel.getByText('Escanear el código para volver').click();
  await panel.getByRole('button', { name: 'Encender cámara' }).click();
}

/** Pastes a code in the scanner's rejoin panel (the refusals). */
export async function pasteRejoin(scanner: Page, code: string): Promise<void> {
  const panel = scanner.getByRole('region', { name: 'Hacer volver a un dispositivo' });
  await panel.getByLabel('Código para volver a la sala').fill(code);
  await panel.getByRole('button', { name: 'Hacer volver' }).click();
}

export async function expectEveryone(pages: Page[], cards: [string, string][]): Promise<void> {
  for (const p of pages) for (const [k, v] of cards) await expectCard(p, k, v, 30_000);
  for (const p of pages) await expect(p.getByTestId('room-status')).toHaveText('✓ Todos tienen todo', { timeout: 30_000 });
}

export function flipByte(code: string, index: number): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const raw = Buffer.from(b64, 'base64');
  raw[index] = raw[index]! ^ 0x5a;
  return raw.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
