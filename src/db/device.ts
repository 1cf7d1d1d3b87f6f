// This device's own state that must survive a kill (ARCHITECTURE decision 9): today the screen the
// teacher was on. Kept in IndexedDB, not localStorage, and never in backups (another device's
// screen means nothing here).
import { db } from './database';

interface LastRoute {
  path: string;
  at: number;
  /** The page was left on purpose (unloaded), not killed: start on the home screen. */
  left: boolean;
}

const ROUTE = 'route';

export async function readLastRoute(): Promise<LastRoute | undefined> {
  const row = await db.device.get(ROUTE);
  const v = row?.value as Partial<LastRoute> | undefined;
  if (!v || typeof v.path !== 'string' || !v.path.startsWith('/') || typeof v.at !== 'number') return undefined;
  return { path: v.path, at: v.at, left: v.left === true };
}

export async function writeLastRoute(route: LastRoute): Promise<void> {
  await db.device.put({ key: ROUTE, value: route });
}
