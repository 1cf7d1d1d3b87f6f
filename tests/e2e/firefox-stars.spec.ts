// Issue 19, item 5, across browsers: Chromium (A, the coordination) and Debian's Firefox ESR (B) in
// one room, paired through the screens. The coordination sets 2 stars per person; both place stars
// on B's aportaciones, Firefox's third is refused, the coordination raises the budget to 3, and both
// screens show the same merged counts and each its own stars left (M5, M14).
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { createMeetingOnScreen } from './helpers/app';
import {
  ffClick,
  ffFill,
  ffLink,
  ffSees,
  ffSetupSchool,
  ffValue,
  firefoxPage,
  launchFirefox,
  screenIn,
  type FirefoxBrowser,
  type FirefoxPage,
} from './helpers/firefox';
import { publishProblem } from './helpers/guideRoom';
import { SCHOOL_A, SCHOOL_B, schoolDevice } from './helpers/meetingRoom';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';
const CARD = '.aportaciones .meeting-card';
const left = (n: number, of: number) =>
  `★ ${n === 1 ? 'Le queda' : 'Le quedan'} ${n} de ${of} estrellas para destacar las aportaciones más relevantes.`;

let firefox: FirefoxBrowser | undefined;
test.afterEach(async () => {
  await firefox?.close().catch(() => undefined);
  firefox = undefined;
});

/** A's star button on the aportación `idea` (its name says whose and how many). */
const starA = (a: Page, idea: string) => a.locator(CARD, { hasText: idea }).getByRole('button', { name: /estrella/ });
/** Waits until Firefox's aportación `idea` shows `text` (its star button's name). */
const ffCardSays = (ff: FirefoxPage, idea: string, text: string) =>
  ff
    .waitForFunction(
      (sel, i, t) => [...document.querySelectorAll(sel)].some((c) => c.textContent?.includes(i) && c.textContent.includes(t)),
      { timeout: 20_000 },
      CARD,
      idea,
      text,
    )
    .catch(screenIn(ff));
const ffStar = (ff: FirefoxPage, idea: string) => ffClick(ff, /Destacar con una estrella/, { selector: CARD, hasText: idea });

async function setBudget(a: Page, n: number): Promise<void> {
  await a.getByLabel('Estrellas por persona').fill(String(n));
  await a.getByRole('button', { name: 'Guardar', exact: true }).click();
}

test('stars with a budget between Chromium and Firefox ESR: counts merged, stars left on each screen', async ({ browser }) => {
  test.setTimeout(150_000);
  // A creates the meeting and invites from its room; Firefox joins from the join screen.
  const a = await schoolDevice(browser, server.url, SCHOOL_A);
  await createMeetingOnScreen(a, server.url, MEETING_NAME, '2018-11-30', SCHOOL_A.responsable);
  await a.getByRole('link', { name: 'Sala del encuentro' }).click();
  firefox = await launchFirefox();
  const ff = await firefoxPage(firefox, server.url);
  await ffSetupSchool(ff, SCHOOL_B);
  await ff.goto(`${server.url}/encuentros/unirse`);
  await a.getByRole('button', { name: /^(Mostrar código para invitar|Generar un código nuevo)$/ }).click();
  await ffFill(ff, 'Código del anfitrión', await a.getByTestId('invitation-text').inputValue());
  await ffClick(ff, 'Usar este código');
  await a.getByLabel('Código de respuesta del otro dispositivo').fill(await ffValue(ff, 'reply-text'));
  await a.getByRole('button', { name: 'Conectar' }).click();
  await ffSees(ff, '✓ Todos tienen todo');
  await a.getByRole('link', { name: 'Ir a los paneles' }).click();
  await ffLink(ff, 'Ir a los paneles');
  await ffClick(ff, `Unir a ${SCHOOL_B.name}`);
  await ffFill(ff, '¿Quién escribe en este dispositivo?', SCHOOL_B.responsable);

  // A publishes its problemática and, as the coordination, gives everyone 2 stars.
  await publishProblem(a, 'Fracciones equivalentes en 4°');
  await setBudget(a, 2);
  await expect(a.getByTestId('stars-left')).toHaveText(left(2, 2));
  await ff.locator('#tab-problematicas').click();
  await ffSees(ff, 'Fracciones equivalentes en 4°');
  await ffSees(ff, left(2, 2), '[data-testid="stars-left"]');

  // Firefox proposes three aportaciones and stars two; the third is refused.
  const ideas = ['Usar regletas', 'Tiras de papel', 'Juego de la tienda'];
  for (const idea of ideas) {
    await ffFill(ff, 'Agregar aportación', idea);
    await ffClick(ff, 'Agregar', { selector: 'form', hasText: 'Agregar aportación' });
    await ffCardSays(ff, idea, 'Destacar con una estrella (0)');
  }
  await ffStar(ff, ideas[0]!);
  await ffCardSays(ff, ideas[0]!, 'Quitar mi estrella (1)');
  await ffStar(ff, ideas[1]!);
  await ffSees(ff, left(0, 2), '[data-testid="stars-left"]');
  await ffStar(ff, ideas[2]!);
  await ffSees(ff, 'Ya usó todas sus estrellas. Quite una para destacar otra aportación.');
  await ffCardSays(ff, ideas[2]!, 'Destacar con una estrella (0)');

  // Chromium sees Firefox's stars and places its own two; each screen counts both.
  await expect(starA(a, ideas[0]!)).toContainText('Destacar con una estrella (1)', { timeout: 20_000 });
  await expect(starA(a, ideas[1]!)).toContainText('Destacar con una estrella (1)');
  await expect(starA(a, ideas[2]!)).toContainText('Destacar con una estrella (0)');
  await expect(a.getByTestId('stars-left')).toHaveText(left(2, 2));
  await starA(a, ideas[0]!).click();
  await starA(a, ideas[2]!).click();
  await expect(a.getByTestId('stars-left')).toHaveText(left(0, 2));
  await ffCardSays(ff, ideas[0]!, 'Quitar mi estrella (2)');
  await ffCardSays(ff, ideas[2]!, 'Destacar con una estrella (1)');
  await ffSees(ff, left(0, 2), '[data-testid="stars-left"]');

  // The coordination raises the budget to 3: Firefox has one left and places it.
  await setBudget(a, 3);
  await expect(a.getByTestId('stars-left')).toHaveText(left(1, 3));
  await ffSees(ff, left(1, 3), '[data-testid="stars-left"]');
  await ffStar(ff, ideas[2]!);
  await ffSees(ff, left(0, 3), '[data-testid="stars-left"]');

  // Both screens: the same counts, each its own stars left.
  await expect(starA(a, ideas[0]!)).toContainText('Quitar mi estrella (2)');
  await expect(starA(a, ideas[1]!)).toContainText('Destacar con una estrella (1)');
  await expect(starA(a, ideas[2]!)).toContainText('Quitar mi estrella (2)', { timeout: 20_000 });
  await expect(a.getByTestId('stars-left')).toHaveText(left(1, 3));
  await ffCardSays(ff, ideas[0]!, 'Quitar mi estrella (2)');
  await ffCardSays(ff, ideas[1]!, 'Quitar mi estrella (1)');
  await ffCardSays(ff, ideas[2]!, 'Quitar mi estrella (2)');
  await ffSees(ff, left(0, 3), '[data-testid="stars-left"]');
  await a.context().close();
});
