// Two schools of one zona in a room, as the guide's inter-school meeting starts (meetingRoom.ts):
// A creates the meeting (so it coordinates), pairs B by QR, both open the panels, B joins.
import { expect, type Browser, type Page } from '@playwright/test';
import { meetInRoom, schoolDevice, SCHOOL_A, SCHOOL_B } from './meetingRoom';

export { SCHOOL_A, SCHOOL_B } from './meetingRoom';

export async function twoSchoolsInRoom(
  browser: Browser,
  baseUrl: string,
  meetingName: string,
): Promise<{ a: Page; b: Page; meetingId: string }> {
  const a = await schoolDevice(browser, baseUrl, SCHOOL_A);
  const b = await schoolDevice(browser, baseUrl, SCHOOL_B);
  await meetInRoom(a, b, baseUrl, meetingName);
  const meetingId = new URL(a.url()).pathname.split('/')[2]!;
  return { a, b, meetingId };
}

/** Whether the page scrolls sideways (it must not at 360 px). */
export const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** A publishes its school's problemática in Problemáticas. */
export async function publishProblem(a: Page, contenido: string): Promise<void> {
  await a.getByRole('tab', { name: /^Problemáticas/ }).click();
  await a.getByRole('button', { name: '+ Publicar la problemática de mi escuela' }).click();
  await a.getByLabel('Contenido programático o habilidad').fill(contenido);
  await a.getByRole('button', { name: 'Publicar problemática' }).click();
}

/** A publishes its problemática in Problemáticas; B opens that panel and waits until it arrives. */
export async function publishProblemInRoom(a: Page, b: Page, contenido: string): Promise<void> {
  await publishProblem(a, contenido);
  await b.getByRole('tab', { name: /^Problemáticas/ }).click();
  await expect(b.locator('.meeting-card', { hasText: contenido }).first()).toBeVisible({ timeout: 15_000 });
}

/** The coordination moved the room: `page` is told "La coordinación pasó a: <title>", taps Ir and is on the panel's tab. */
export async function followCoordination(page: Page, title: string, tab: RegExp): Promise<void> {
  const notice = page.locator('.coordination-notice');
  await expect(notice).toContainText(`La coordinación pasó a: ${title}`, { timeout: 15_000 });
  await notice.getByRole('button', { name: 'Ir' }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}
