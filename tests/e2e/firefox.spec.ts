// Issue 13: the room between Chromium and Debian's Firefox ESR (/usr/bin/firefox-esr), paired
// through the screens both ways, syncing valid cards both ways (T1, T8, T12, T16, T17). Firefox is
// driven by puppeteer-core over WebDriver BiDi with Firefox's default settings (Playwright's own
// Firefox build cannot be installed offline; the stock ESR is what a school's Linux laptop has).
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { cardTextInPage, validCardsInPage, writeCardsInPage, writerFor, CARD_TEXT } from './helpers/cards';
import {
  ffClick,
  ffFill,
  ffSees,
  ffSetupSchool,
  ffValue,
  firefoxPage,
  launchFirefox,
  type FirefoxBrowser,
  type FirefoxPage,
} from './helpers/firefox';
import { MEETING, newDevice, openRoom } from './helpers/room';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const OK = '✓ Todos tienen todo';

let firefox: FirefoxBrowser | undefined;
test.afterEach(async () => {
  await firefox?.close().catch(() => undefined);
  firefox = undefined;
});

async function firefoxDevice(school: string, person: string): Promise<FirefoxPage> {
  firefox = await launchFirefox();
  const page = await firefoxPage(firefox, server.url, true);
  await ffSetupSchool(page, { name: school, responsable: person });
  await page.goto(`${server.url}/encuentros/${MEETING}/sala`);
  await page.waitForFunction(() => Boolean((window as unknown as { __bitacoraSala?: unknown }).__bitacoraSala), { timeout: 20_000 });
  return page;
}

// --- both ways ---------------------------------------------------------------------------------

const INVITE = /^(Mostrar código para invitar|Generar un código nuevo)$/;

/** Both sides write cards (valid, with the app's model) and see all of them, then ✓ on both. */
async function cardsBothWays(chromium: Page, ff: FirefoxPage): Promise<void> {
  await chromium.evaluate(writeCardsInPage, { prefix: 'cr-', n: 300, writer: writerFor('Chromium'), text: CARD_TEXT });
  await ff.evaluate(writeCardsInPage, { prefix: 'ff-', n: 300, writer: writerFor('Firefox'), text: CARD_TEXT });
  await expect.poll(() => chromium.evaluate(validCardsInPage), { timeout: 30_000 }).toBe(600);
  await expect.poll(() => ff.evaluate(validCardsInPage), { timeout: 30_000 }).toBe(600);
  // Each card's text, as its writer has it, is what the other reads (the texts vary by card).
  const ffText = await ff.evaluate(cardTextInPage, 'ff-299');
  expect(ffText).toContain(`Tarjeta 299: ${CARD_TEXT}`);
  expect(await chromium.evaluate(cardTextInPage, 'ff-299')).toBe(ffText);
  const crText = await chromium.evaluate(cardTextInPage, 'cr-0');
  expect(crText).toContain(`Tarjeta 0: ${CARD_TEXT}`);
  expect(await ff.evaluate(cardTextInPage, 'cr-0')).toBe(crText);
  await expect(chromium.getByTestId('room-status')).toHaveText(OK, { timeout: 20_000 });
  await ff.waitForFunction((ok) => document.querySelector('[data-testid="room-status"]')?.textContent === ok, { timeout: 20_000 }, OK);
}

test('T12, T16: Chromium invites, Firefox ESR joins through the screens, cards sync both ways', async ({ browser }) => {
  test.setTimeout(120_000);
  const host = await newDevice(browser, server.url, 'Escuela Chromium', 'Ana');
  await openRoom(host);
  const ff = await firefoxDevice('Escuela Firefox', 'Beto');
  await host.getByRole('button', { name: INVITE }).first().click();
  const invitation = await host.getByTestId('invitation-text').inputValue();
  await ffFill(ff, 'Código del anfitrión', invitation);
  await ffClick(ff, 'Usar este código');
  const reply = await ffValue(ff, 'reply-text');
  await host.getByLabel('Código de respuesta del otro dispositivo').fill(reply);
  await host.getByRole('button', { name: 'Conectar' }).click();
  await expect(host.getByRole('region', { name: 'Invitar a otro dispositivo' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 30_000,
  });
  await ffSees(ff, 'Dispositivo conectado.');
  await cardsBothWays(host, ff);
  await host.context().close();
});

test('T12, T16: Firefox ESR invites, Chromium joins through the screens, cards sync both ways', async ({ browser }) => {
  test.setTimeout(120_000);
  const ff = await firefoxDevice('Escuela Firefox', 'Beto');
  const joiner = await newDevice(browser, server.url, 'Escuela Chromium', 'Ana');
  await openRoom(joiner);
  await ffClick(ff, INVITE);
  const invitation = await ffValue(ff, 'invitation-text');
  await joiner.getByLabel('Código del anfitrión').fill(invitation);
  await joiner.getByRole('button', { name: 'Usar este código' }).click();
  const reply = await joiner.getByTestId('reply-text').inputValue({ timeout: 30_000 });
  await ffFill(ff, 'Código de respuesta del otro dispositivo', reply);
  await ffClick(ff, 'Conectar');
  await ffSees(ff, 'Dispositivo conectado.');
  await expect(joiner.getByRole('region', { name: 'Unirse a un encuentro' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 30_000,
  });
  await cardsBothWays(joiner, ff);
  await joiner.context().close();
});
