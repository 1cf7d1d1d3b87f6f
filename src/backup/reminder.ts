// When to suggest a backup: after enough new entries, or enough days with something new, since
// the last one. Pure, so the thresholds are tested without a database.
export const REMIND_AFTER_ENTRIES = 20;
export const REMIND_AFTER_DAYS = 14;
/** The school profile and a couple of sessions are already worth a copy. */
export const REMIND_FIRST_AFTER = 3;
const DAY = 24 * 60 * 60 * 1000;

export interface LastBackup {
  at: number;
  rowCount: number;
}

export type Reminder = { show: false } | { show: true; first: boolean; days: number; entries: number };

export function backupReminder(now: number, rowCount: number, last: LastBackup | undefined): Reminder {
  if (!last) return rowCount >= REMIND_FIRST_AFTER ? { show: true, first: true, days: 0, entries: rowCount } : { show: false };
  const entries = Math.max(0, rowCount - last.rowCount);
  const days = Math.floor((now - last.at) / DAY);
  if (entries >= REMIND_AFTER_ENTRIES || (entries > 0 && days >= REMIND_AFTER_DAYS)) {
    return { show: true, first: false, days: days >= REMIND_AFTER_DAYS ? days : 0, entries };
  }
  return { show: false };
}
