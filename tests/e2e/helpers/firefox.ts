// Debian's Firefox ESR (/usr/bin/firefox-esr) as a device of the room, driven by puppeteer-core over
// WebDriver BiDi with Firefox's default settings (Playwright's own Firefox build cannot be installed
// offline; the stock ESR is what a school's Linux laptop has). Steps go by what the screen says
// (labels and button names), as a teacher would.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser as FirefoxBrowser, type Page as FirefoxPage } from 'puppeteer-core';
import { SCHOOL } from './app';

export type { FirefoxBrowser, FirefoxPage };

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox ESR, headless; the caller closes it. */
export async function launchFirefox(): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX)) throw new Error(`Falta Firefox ESR en ${FIREFOX}: apt-get install firefox-esr (.ci/run lo instala).`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}

/** A 360 px wide page of `firefox` on the app; `diagnostics` turns on window.__bitacoraSala (helpers/room.ts). */
export async function firefoxPage(firefox: FirefoxBrowser, baseUrl: string, diagnostics = false): Promise<FirefoxPage> {
  const page = await firefox.newPage();
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(baseUrl);
  if (diagnostics) {
    await page.evaluate(() => localStorage.setItem('bitacora-diagnostico', '1'));
    await page.reload();
  }
  return page;
}

let marks = 0;
/** What to find: the control of the last label starting with `label`, or a visible button (or link) by its text. */
interface Target {
  label?: string;
  button?: string | RegExp;
  link?: string;
  /** Only inside the first element matching `selector` whose text includes `hasText`. */
  within?: { selector: string; hasText: string };
}

/** Marks the element `what` describes for a selector, waiting until it is there. */
async function mark(page: FirefoxPage, what: Target): Promise<string> {
  const id = `m${++marks}`;
  await page
    .waitForFunction(
      ({ label, button, buttonRe, link, within, id }) => {
        const root = within
          ? [...document.querySelectorAll(within.selector)].find((e) => e.textContent?.includes(within.hasText))
          : document;
        if (!root) return false;
        let el: Element | null | undefined;
        if (label) el = [...root.querySelectorAll('label')].filter((l) => l.textContent?.trim().startsWith(label)).at(-1)?.control;
        else {
          const re = buttonRe ? new RegExp(buttonRe) : null;
          el = [...root.querySelectorAll(link ? 'a' : 'button')].find((b) => {
            const t = b.textContent?.trim() ?? '';
            return (re ? re.test(t) : t === (link ?? button)) && (b as HTMLElement).offsetParent !== null;
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
        link: what.link,
        within: what.within,
        id,
      },
    )
    .catch(screenIn(page));
  return `[data-ff="${id}"]`;
}

/** Pastes `value` into the field labelled `label`: one input event, as a paste is (React reads it). */
export async function ffFill(page: FirefoxPage, label: string, value: string): Promise<void> {
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
export const screenIn = (page: FirefoxPage) => async (err: unknown) => {
  const text = await page.evaluate(() => document.body.innerText).catch(() => '(sin página)');
  throw new Error(`${String(err)}\nPantalla de Firefox:\n${text}`);
};

/** Clicks the button named `button` (inside `within`, if given). */
export const ffClick = async (page: FirefoxPage, button: string | RegExp, within?: Target['within']) =>
  page.locator(await mark(page, { button, ...(within ? { within } : {}) })).click();
export const ffLink = async (page: FirefoxPage, link: string) => page.locator(await mark(page, { link })).click();
export const ffSelect = async (page: FirefoxPage, label: string, value: string) => page.select(await mark(page, { label }), value);

/** Waits until the screen shows `text` (in the element matching `selector`, if given). */
export const ffSees = (page: FirefoxPage, text: string, selector?: string, timeout = 30_000) =>
  page
    .waitForFunction(
      (t, sel) => (sel ? [...document.querySelectorAll(sel)] : [document.body]).some((e) => (e as HTMLElement).innerText.includes(t)),
      { timeout },
      text,
      selector ?? null,
    )
    .catch(screenIn(page));

/** The value of the field with this test id, once it has one. */
export const ffValue = (page: FirefoxPage, testId: string) =>
  page
    .waitForFunction(
      (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLTextAreaElement | HTMLInputElement | null)?.value || false,
      { timeout: 30_000 },
      testId,
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(screenIn(page));

/** The first-run profile, as setupSchool (helpers/app.ts) fills it, with one teacher. */
export async function ffSetupSchool(page: FirefoxPage, school: { name: string; cct?: string; responsable: string }): Promise<void> {
  await ffFill(page, 'Nombre de la escuela', school.name);
  await ffFill(page, 'Clave de Centro de Trabajo (CCT)', school.cct ?? SCHOOL.cct);
  await ffSelect(page, 'Nivel educativo', 'primaria');
  await ffFill(page, 'Zona escolar', SCHOOL.zona);
  await ffFill(page, 'Director o directora', SCHOOL.director);
  await ffFill(page, 'Responsable del Cuaderno de Bitácora', school.responsable);
  await ffClick(page, '+ Agregar docente');
  await ffFill(page, 'Nombre del docente', 'María López Pérez');
  await ffFill(page, 'Grado y grupo, o asignatura', '3° A');
  await ffClick(page, 'Guardar y comenzar');
  await ffSees(page, `Bitácora de ${school.name}`);
}
