// Two schools meet in a room through the screens only, as the guide's journeys start (agenda,
// stars, follow-up, room journey): each device its own browser context with its school set up;
// A creates the meeting and opens its room, B (which has never seen the meeting) joins by the
// invitation from the join screen, both go to the panels and B's school joins the meeting.
import { expect, type Browser, type Page } from '@playwright/test';
import { createMeetingOnScreen, setupSchool } from './app';
import { enableDiagnostics, pair } from './room';

export interface RoomSchool {
  name: string;
  cct: string;
  /** The school's responsable, who also writes on its device. */
  responsable: string;
}

export const SCHOOL_A: RoomSchool = { name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X', responsable: 'Ana Ruiz' };
export const SCHOOL_B: RoomSchool = { name: 'Escuela Primaria Emiliano Zapata', cct: '14DPR0456Y', responsable: 'Beto Díaz' };

export interface DeviceOptions {
  width?: number;
  /** The app's diagnostics switch (window.__bitacoraSala), for specs that read the document. */
  diagnostics?: boolean;
  acceptDownloads?: boolean;
}

/** A device of its own (browser context, es-MX, 800 px high) with `school` set up on first run. */
export async function schoolDevice(browser: Browser, baseUrl: string, school: RoomSchool, opts: DeviceOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 360, height: 800 },
    locale: 'es-MX',
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  if (opts.diagnostics) await enableDiagnostics(context);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await setupSchool(page, school);
  return page;
}

/**
 * A (of `schoolA`) creates meeting `name` and pairs B from its room; both end on the meeting's
 * panels, each with its school joined and its responsable writing.
 */
export async function meetInRoom(
  a: Page,
  b: Page,
  baseUrl: string,
  name: string,
  schoolA: RoomSchool = SCHOOL_A,
  schoolB: RoomSchool = SCHOOL_B,
): Promise<void> {
  await createMeetingOnScreen(a, baseUrl, name, '2018-11-30', schoolA.responsable);
  await a.getByRole('link', { name: 'Sala del encuentro' }).click();
  await expect(a.getByRole('heading', { name: 'Sala del encuentro' })).toBeVisible();
  await pair(a, b, { joinerOnJoinPage: true });
  await expect(b.getByTestId('room-status')).toHaveText('✓ Todos tienen todo', { timeout: 20_000 });
  for (const p of [a, b]) {
    await p.getByRole('link', { name: 'Ir a los paneles' }).click();
    await expect(p.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  await b.getByRole('button', { name: `Unir a ${schoolB.name}` }).click();
  await b.getByLabel('¿Quién escribe en este dispositivo?').fill(schoolB.responsable);
}
