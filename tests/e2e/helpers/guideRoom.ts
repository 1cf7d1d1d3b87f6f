// Two schools of one zona in a room, as the guide's inter-school meeting starts (meetingRoom.ts):
// A creates the meeting (so it coordinates), pairs B by QR, both open the panels, B joins.
import type { Browser, Page } from '@playwright/test';
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
