// Issue 13: the room between Chromium and Debian's Firefox ESR (/usr/bin/firefox-esr), paired
// through the screens both ways, syncing valid cards both ways (T1, T8, T12, T16, T17). Firefox is
// driven by puppeteer-core over WebDriver BiDi with Firefox's default settings (Playwright's own
// Firefox build cannot be installed offline; the stock ESR is what a school's Linux laptop has).
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import puppeteer, { type Browser as FirefoxBrowser, type Page as FirefoxPage } from 'puppeteer-core';
import { SCHOOL } from './helpers/app';
import { cardTextInPage, validCardsInPage, writeCardsInPage, writerFor, CARD_TEXT } from './helpers/cards';
import { MEETING, newDevice, openRoom } from './helpers/room';
import { serveBuild } from './helpers/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const server = serveBuild();
const OK = '✓ Todos tienen todo';

let firefox: FirefoxBrowser | undefined;
test.afterEach(async () => {
  await firefox?.close().catch(() => undefined);
  firefox = undefined;
});

async function firefoxDevice(school: string, person: string): Promise<FirefoxPage> {
  if (!existsSync(FIREFOX)) throw new Error(`Falta Firefox ESR en ${FIREFOX}: apt-get install firefox-esr (.ci/run lo instala).`);
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page = await firefox.newPage();
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(server.url);
  // The diagnostics switch (helpers/room.ts): the room session and the model on window.
  await page.evaluate(() => localStorage.setItem('bitacora-diagnostico', '1'));
  await page.reload();
  await ffSetupSchool(page, school, person);
  await page.goto(`${server.url}/encuentros/${MEETING}/sala`);
  await page.waitForFunction(() => Boolean((window as unknown as { __bitacoraSala?: unknown }).__bitacoraSala), { timeout: 20_000 });
  return page;
}

// --- Firefox steps, by what the screen says (labels and button names), as a teacher would ------

let marks = 0;
/** Marks the control of the last label reading `label` (or the button named `button`) for a selector. */
async function mark(page: FirefoxPage, what: { label?: string; button?: string | RegExp }): Promise<string> {
  const id = `m${++marks}`;
  await page.waitForFunction(
    ({ label, button, buttonRe, id }) => {
      let el: Element | null | undefined;
      if (label) el = [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim().startsWith(label)).at(-1)?.control;
      else {
        const re = buttonRe ? new RegExp(buttonRe) : null;
        el = [...document.querySelectorAll('button')].find((b) => {
          const t = b.textContent?.trim() ?? '';
          return (re ? re.test(t) : t === button) && b.offsetParent !== null;
        });
      }
      if (!el) return false;
      el.setAttribute('data-ff', id);
      return true;
    },
    { timeout: 20_000 },
    {
      label: what.label,
      button: typeof what.button === 'string' ? what.button : undefined,
      buttonRe: what.button instanceof RegExp ? what.button.source : undefined,
      id,
    },
  );
  return `[data-ff="${id}"]`;
}

/** Pastes `value` into the field labelled `label`: one input event, as a paste is (React reads it). */
async function ffFill(page: FirefoxPage, label: string, value: string): Promise<void> {
  const selector = await mark(page, { label });
  await page.evaluate(
    (sel, v) => {
      const el = document.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement;
      el.focus();
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, v);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: v }));
    },
    selector,
    value,
  );
}
/** A wait that failed says what Firefox's screen showed. */
const screenIn = (page: FirefoxPage) => async (err: unknown) => {
  const text = await page.evaluate(() => document.body.innerText).catch(() => '(sin página)');
  throw new Error(`${String(err)}\nPantalla de Firefox:\n${text}`);
};
const ffClick = async (page: FirefoxPage, button: string | RegExp) => page.locator(await mark(page, { button })).click();
const ffSees = (page: FirefoxPage, text: string, timeout = 30_000) =>
  page.waitForFunction((t) => document.body.innerText.includes(t), { timeout }, text).catch(screenIn(page));
const ffValue = (page: FirefoxPage, testId: string) =>
  page
    .waitForFunction(
      (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLTextAreaElement | HTMLInputElement | null)?.value || false,
      { timeout: 30_000 },
      testId,
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(screenIn(page));

async function ffSetupSchool(page: FirefoxPage, name: string, responsable: string): Promise<void> {
  await ffFill(page, 'Nombre de la escuela', name);
  await ffFill(page, 'Clave de Centro de Trabajo (CCT)', SCHOOL.cct);
  await page.select(await mark(page, { label: 'Nivel educativo' }), 'primaria');
  await ffFill(page, 'Zona escolar', SCHOOL.zona);
  await ffFill(page, 'Director o directora', SCHOOL.director);
  await ffFill(page, 'Responsable del Cuaderno de Bitácora', responsable);
  await ffClick(page, '+ Agregar docente');
  await ffFill(page, 'Nombre del docente', 'María López Pérez');
  await ffFill(page, 'Grado y grupo, o asignatura', '3° A');
  await ffClick(page, 'Guardar y comenzar');
  await ffSees(page, `Bitácora de ${name}`);
}

// --- both ways ---------------------------------------------------------------------------------

const INVITE = /^(Mostrar código para invitar|Generar un código nuevo)$/;

/** Both sides write cards (valid, with the app's model) and see all of them, then ✓ on both. */
async function cardsBothWays(chromium: Page, ff: FirefoxPage): Promise<void> {
  await chromium.evaluate(writeCardsInPage, { prefix: 'cr-', n: 300, writer: writerFor('Chromium'), text: CARD_TEXT });
  await ff.evaluate(writeCardsInPage, { prefix: 'ff-', n: 300, writer: writerFor('Firefox'), text: CARD_TEXT });
  await expect.poll(() => chromium.evaluate(validCardsInPage), { timeout: 30_000 }).toBe(600);
  await expect.poll(() => ff.evaluate(validCardsInPage), { timeout: 30_000 }).toBe(600);
  expect(await chromium.evaluate(cardTextInPage, 'ff-299')).toBe(`Tarjeta 299: ${CARD_TEXT}`);
  expect(await ff.evaluate(cardTextInPage, 'cr-0')).toBe(`Tarjeta 0: ${CARD_TEXT}`);
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
