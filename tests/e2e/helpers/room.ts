// Steps of the room tests: open devices, pair them through the QR codes the app draws (decoded
// with jsQR here, as a phone camera would), and read/write the meeting document of each device.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { setupSchool } from './app';
import { CARD_TEXT, cardTextInPage, validCardCount, writeCard, writeCards, writerOfPage } from './cards';

export const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

export async function newDevice(browser: Browser, baseUrl: string, school: string, person: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'es-MX' });
  await enableDiagnostics(context);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await setupSchool(page, { name: school, responsable: person });
  return page;
}

/**
 * Turns on the app's diagnostics switch, which exposes the open room session as
 * window.__bitacoraSala: the transport tests write thousands of cards and watch transfers
 * directly. The user journeys (room-journey.spec.ts) go through the screens only.
 */
export async function enableDiagnostics(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('bitacora-diagnostico', '1'));
}

export async function openRoom(page: Page, meetingId = MEETING): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/encuentros/${meetingId}/sala`);
  await expect(page.getByRole('heading', { name: 'Sala del encuentro' })).toBeVisible();
  await waitForSession(page);
}

export async function waitForSession(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __bitacoraSala?: unknown }).__bitacoraSala));
}

/** Decodes the QR drawn on a canvas of the page (by test id) with jsQR. */
export async function readQr(page: Page, testId: string): Promise<string> {
  const canvas = page.getByTestId(testId);
  await expect(canvas).toBeVisible();
  await page.waitForFunction((id) => {
    const c = document.querySelector(`[data-testid="${id}"]`) as HTMLCanvasElement | null;
    return Boolean(c && c.width > 50);
  }, testId);
  // A canvas is 300 px wide before qrcode draws on it: read until a code is there (a slow phone,
  // or a loaded machine, draws later).
  let text: string | null = null;
  await expect
    .poll(
      async () => {
        // The pixels cross as base64, not as a JSON array of numbers: a tenth of the work on a
        // loaded machine, where the array made reads slower than the poll's timeout.
        const img = await canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let bin = '';
          for (let i = 0; i < d.data.length; i += 0x8000) bin += String.fromCharCode(...d.data.subarray(i, i + 0x8000));
          return { data: btoa(bin), width: d.width, height: d.height };
        });
        text = jsQR(new Uint8ClampedArray(Buffer.from(img.data, 'base64')), img.width, img.height)?.data ?? null;
        return text !== null;
      },
      { message: `QR ${testId} legible`, timeout: 20_000 },
    )
    .toBe(true);
  return text!;
}

/** host shows an invitation, joiner (on its room page or the join page) answers, host connects. */
export async function pair(host: Page, joiner: Page, opts: { joinerOnJoinPage?: boolean } = {}): Promise<void> {
  await host
    .getByRole('button', { name: /Mostrar código para invitar|Generar un código nuevo/ })
    .first()
    .click();
  const invitation = await readQr(host, 'invitation-qr');
  expect(invitation).toBe(await host.getByTestId('invitation-text').inputValue());
  if (opts.joinerOnJoinPage) {
    await joiner.goto(`${new URL(joiner.url()).origin}/encuentros/unirse`);
  }
  await joiner.getByLabel('Código del anfitrión').fill(invitation);
  await joiner.getByRole('button', { name: 'Usar este código' }).click();
  const reply = await readQr(joiner, 'reply-qr');
  await host.getByLabel('Código de respuesta del otro dispositivo').fill(reply);
  await host.getByRole('button', { name: 'Conectar' }).click();
  await expect(host.getByRole('region', { name: 'Invitar a otro dispositivo' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(joiner.getByRole('region', { name: 'Unirse a un encuentro' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 20_000,
  });
}

/** A valid card with this id and text, written as the device's panels do (helpers/cards.ts). */
export async function setCard(page: Page, key: string, value: string): Promise<void> {
  await writeCard(page, key, value, await writerOfPage(page));
}

/** `n` valid cards in one transaction; returns how many valid cards the device then has. */
export async function addMany(page: Page, n: number, prefix: string): Promise<number> {
  await writeCards(page, prefix, n, await writerOfPage(page), CARD_TEXT);
  return cardCount(page);
}

/** Cards the app's reader accepts on this device (V1). */
export function cardCount(page: Page): Promise<number> {
  return validCardCount(page);
}

/** Waits until the device's reader shows card `key` with this text. */
export async function expectCard(page: Page, key: string, value: string, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.evaluate(cardTextInPage, key), { timeout, intervals: [50, 100, 250] }).toBe(value);
}
