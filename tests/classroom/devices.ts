// The devices of a classroom network test (tests/classroom): a Chromium in each network
// namespace of net.ts, set up as a school, on the room screen, paired through the screens as
// teachers pair by text codes; and the checks the classroom tests share (convergence with no
// "✓ Todos tienen todo" while a device lacks data). Cards are written with the app's model and
// counted by its reader (valid cards).
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { setupSchool } from '../e2e/helpers/app';
import { validCardCount, writeCards, writerFor } from '../e2e/helpers/cards';
import { PORT, type NetDevice } from './net';

export const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
export const URL = `http://127.0.0.1:${PORT}`;
export const OK = '✓ Todos tienen todo';

export interface Device {
  name: string;
  net: NetDevice;
  browser: Browser;
  page: Page;
}

/** Cards the app's reader accepts on `d` (V1): what its panels would show. */
export const count = (d: Device) => validCardCount(d.page);
export const status = (d: Device) => d.page.getByTestId('room-status').innerText();

/** Document messages `d` handed to its links, in their plain size: copies of an update (T31, T37). */
export const docBytesOut = (d: Device) =>
  d.page.evaluate(() =>
    [
      ...(
        window as unknown as { __bitacoraSala: { room: { links: Map<string, { docBytesOut: number }> } } }
      ).__bitacoraSala.room.links.values(),
    ].reduce((n, l) => n + l.docBytesOut, 0),
  );

/** Writes `n` valid cards in one transaction on `d`, as its panels do; returns the update's size. */
export const write = (d: Device, prefix: string, n: number) => writeCards(d.page, prefix, n, writerFor(d.name));

/**
 * Waits (bounded) until every listed device has `total` cards, sampling each device's status all
 * along: a device that shows ✓ while it lacks cards written more than `graceMs` ago is a lie.
 */
export async function converge(
  list: Device[],
  total: number,
  opts: { since: number; graceMs?: number; timeoutMs?: number; finalStatus?: RegExp; statusWithinMs?: number } = { since: Date.now() },
) {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const lies: string[] = [];
  for (;;) {
    const counts = await Promise.all(list.map(count));
    const texts = await Promise.all(list.map(status));
    list.forEach((d, i) => {
      if (texts[i] === OK && counts[i]! < total && Date.now() - opts.since > (opts.graceMs ?? 2500))
        lies.push(`${d.name}: ✓ con ${counts[i]}/${total}`);
    });
    if (counts.every((c) => c === total)) break;
    if (Date.now() > deadline) throw new Error(`sin converger: ${list.map((d, i) => `${d.name}=${counts[i]}`).join(' ')}`);
    await list[0]!.page.waitForTimeout(250);
  }
  expect(lies).toEqual([]);
  // Once everyone has everything the screens say so soon (presence carries each state vector
  // within 200 ms); statusWithinMs bounds it where a stale word could hold them back.
  const settled = Date.now();
  for (const d of list)
    await expect(d.page.getByTestId('room-status')).toHaveText(opts.finalStatus ?? OK, {
      timeout: Math.max(1, (opts.statusWithinMs ?? 20_000) - (Date.now() - settled)),
    });
}

export async function launch(name: string, n: NetDevice): Promise<Device> {
  const t0 = Date.now();
  const errors: string[] = [];
  let page: Page | null = null;
  // Each step is bounded and, when it fails, says which it was and what the page showed: a CI
  // run on 7 Dec spent the whole 240 s of the classroom's setup before the first device opened.
  const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      const url = page?.url() ?? '(sin página)';
      const text = page
        ? await page
            .locator('body')
            .innerText({ timeout: 2000 })
            .catch(() => '(no se pudo leer)')
        : '';
      throw new Error(
        `${name}: falló «${what}» a los ${((Date.now() - t0) / 1000).toFixed(1)} s en ${url}; ` +
          `errores de la página: ${errors.slice(-5).join(' | ') || 'ninguno'}; la página decía: ${text.slice(0, 400)}\n${String(err)}`,
      );
    }
  };
  const browser = await step('abrir Chromium', () =>
    chromium.launch({
      executablePath: n.chromium,
      timeout: 60_000,
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    }),
  );
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'es-MX' });
  await context.grantPermissions(['camera'], { origin: URL });
  await context.addInitScript(() => localStorage.setItem('bitacora-diagnostico', '1'));
  page = await context.newPage();
  const p = page;
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  // The device's own server may still be starting. Each try is short: a try that hangs (a
  // namespace's link not up yet) would otherwise wait Playwright's 30 s, 40 times over.
  await step('cargar la app de su servidor', async () => {
    for (let i = 0; ; i++) {
      try {
        await p.goto(URL, { timeout: 5000 });
        // A load that lost a module to a network change leaves a blank page: load it again.
        await p.getByLabel('Nombre de la escuela').waitFor({ timeout: 5000 });
        break;
      } catch (err) {
        if (i >= 40) throw err;
        await p.waitForTimeout(250);
      }
    }
  });
  await step('registrar la escuela', () => setupSchool(p, { name: `Escuela ${name}`, responsable: `Docente ${name}` }));
  await step('abrir la sala', async () => {
    await p.goto(`${URL}/encuentros/${MEETING}/sala`);
    await p.waitForFunction(() => Boolean((window as unknown as { __bitacoraSala?: unknown }).__bitacoraSala), null, { timeout: 30_000 });
  });
  return { name, net: n, browser, page: p };
}

/** Host shows an invitation (asking for the camera if it has no address), the joiner answers. */
export async function pair(host: Device, joiner: Device): Promise<void> {
  const h = host.page;
  await h
    .getByRole('button', { name: /Mostrar código para invitar|Generar un código nuevo/ })
    .first()
    .click();
  const noAddress = h.getByTestId('no-address');
  const code = h.getByTestId('invitation-text');
  await expect(noAddress.or(code)).toBeVisible({ timeout: 20_000 });
  if (await noAddress.isVisible()) {
    // No default route and no camera permission: Chromium gathered no address (T32).
    await h.getByRole('button', { name: 'Permitir la cámara y reintentar' }).click();
  }
  const invitation = await code.inputValue({ timeout: 20_000 });
  const j = joiner.page;
  // The joiner scans with its camera in real life: that permission is what gives it addresses.
  await j.evaluate(async () => (await navigator.mediaDevices.getUserMedia({ video: true })).getTracks().forEach((t) => t.stop()));
  await j.getByLabel('Código del anfitrión').fill(invitation);
  await j.getByRole('button', { name: 'Usar este código' }).click();
  const shown = j.getByTestId('reply-text');
  const noAddr = j.getByTestId('no-address');
  await expect(shown.or(noAddr)).toBeVisible({ timeout: 20_000 });
  if (await noAddr.isVisible()) await j.getByRole('button', { name: 'Mostrar el código de todos modos' }).click();
  await h.getByLabel('Código de respuesta del otro dispositivo').fill(await shown.inputValue());
  await h.getByRole('button', { name: 'Conectar' }).click();
  await expect(h.getByRole('region', { name: 'Invitar a otro dispositivo' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 30_000,
  });
}

export const links = (d: Device) =>
  d.page.evaluate(
    () => (window as unknown as { __bitacoraSala: { getSnapshot(): { directLinks: number } } }).__bitacoraSala.getSnapshot().directLinks,
  );
