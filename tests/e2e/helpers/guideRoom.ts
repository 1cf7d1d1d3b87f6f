// Two schools of one zona in a room, as the guide's inter-school meeting starts: A creates the
// meeting (so it coordinates), pairs B by QR, both open the panels, B joins and says who writes.
import { expect, type Browser, type Page } from '@playwright/test';
import { createMeetingOnScreen, setupSchool } from './app';
import { pair } from './room';

export const SCHOOL_A = { name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X', responsable: 'Ana Ruiz' };
export const SCHOOL_B = { name: 'Escuela Primaria Emiliano Zapata', cct: '14DPR0456Y', responsable: 'Beto Díaz' };

async function device(browser: Browser, baseUrl: string, school: typeof SCHOOL_A): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await setupSchool(page, school);
  return page;
}

export async function twoSchoolsInRoom(
  browser: Browser,
  baseUrl: string,
  meetingName: string,
): Promise<{ a: Page; b: Page; meetingId: string }> {
  const a = await device(browser, baseUrl, SCHOOL_A);
  const b = await device(browser, baseUrl, SCHOOL_B);
  await createMeetingOnScreen(a, baseUrl, meetingName, '2018-11-30', SCHOOL_A.responsable);
  const meetingId = new URL(a.url()).pathname.split('/')[2]!;
  await a.getByRole('link', { name: 'Sala del encuentro' }).click();
  await pair(a, b, { joinerOnJoinPage: true });
  await expect(b.getByTestId('room-status')).toHaveText('✓ Todos tienen todo', { timeout: 20_000 });
  await a.getByRole('link', { name: 'Ir a los paneles' }).click();
  await b.getByRole('link', { name: 'Ir a los paneles' }).click();
  await b.getByRole('button', { name: `Unir a ${SCHOOL_B.name}` }).click();
  await b.getByLabel('¿Quién escribe en este dispositivo?').fill(SCHOOL_B.responsable);
  return { a, b, meetingId };
}

/** Whether the page scrolls sideways (it must not at 360 px). */
export const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
