// "Watch each other's cards appear within a second" (issue 5): two devices paired in the room,
// both on the meeting's panels at 4x CPU; the time from the tap on "Agregar" on A to the card
// being on B's screen, measured inside the pages on the shared clock (performance.timeOrigin).
import { median, throttle } from '../browser.mjs';
import { pair, schoolDevice } from '../device.mjs';

const NAME = 'Encuentro de prueba';

export default async function live({ browser, baseUrl }) {
  const viewport = { width: 360, height: 740 };
  const a = await schoolDevice(browser, baseUrl, { school: 'Escuela A', cct: '14DPR0001A', viewport });
  const b = await schoolDevice(browser, baseUrl, { school: 'Escuela B', cct: '14DPR0002B', viewport });
  await a.goto(`${baseUrl}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill(NAME);
  await a.getByLabel('Fecha').fill('2018-11-30');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana');
  await a.getByRole('link', { name: 'Sala del encuentro' }).click();
  await pair(a, b, { until: 'todo', timeout: 30_000 });
  for (const p of [a, b]) {
    await p.getByRole('link', { name: 'Ir a los paneles' }).click();
    await p.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await throttle(p);
  }
  const times = [];
  for (let i = 1; i <= 7; i++) {
    const text = `Tarjeta en vivo ${i}`;
    // B watches its panel for the card; A stamps the tap on "Agregar".
    await b.evaluate((t) => {
      window.__seen = new Promise((ok) => {
        const check = () => [...document.querySelectorAll('.meeting-card')].some((el) => el.textContent?.includes(t));
        const obs = new MutationObserver(() => {
          if (check()) {
            obs.disconnect();
            requestAnimationFrame(() => ok(performance.timeOrigin + performance.now()));
          }
        });
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, text);
    const field = a.getByLabel('Nueva tarjeta', { exact: true });
    await field.fill(text);
    const button = field.locator('xpath=ancestor::form').getByRole('button', { name: 'Agregar', exact: true });
    await button.evaluate((el) => {
      el.addEventListener('click', () => (window.__tapped = performance.timeOrigin + performance.now()), { capture: true, once: true });
    });
    await button.click();
    const seen = await b.evaluate(() => window.__seen);
    const tapped = await a.evaluate(() => window.__tapped);
    times.push(seen - tapped);
  }
  await a.context().close();
  await b.context().close();
  const med = median(times);
  const worst = Math.max(...times);
  return [
    {
      name: 'Tarjeta escrita en A, en la pantalla de B (sala, CPU 4x), mediana de 7',
      value: Math.round(med),
      unit: 'ms',
      budget: 1000,
      ok: med <= 1000,
    },
    {
      name: 'Tarjeta escrita en A, en la pantalla de B: la más lenta',
      value: Math.round(worst),
      unit: 'ms',
      budget: 1000,
      ok: worst <= 1000,
    },
  ];
}
