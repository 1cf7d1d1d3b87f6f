import { db } from '../db/database';
import { getSetting, setSetting } from '../db/settings';
import { backupReminder, type LastBackup, type Reminder } from './reminder';

const LAST_BACKUP_KEY = 'backup.last';

/** Rows a school wrote (every table but app settings): what a backup protects. */
async function countRecords(): Promise<number> {
  const counts = await Promise.all(db.tables.filter((t) => t.name !== 'settings').map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

export async function readBackupStatus(now = Date.now()): Promise<{ last: LastBackup | undefined; reminder: Reminder }> {
  const last = await getSetting<LastBackup>(LAST_BACKUP_KEY);
  return { last, reminder: backupReminder(now, await countRecords(), last) };
}

/** Called once the file was handed to the share sheet or saved: only then is it a backup. */
export async function markBackedUp(rowCount: number, now = Date.now()): Promise<void> {
  await setSetting(LAST_BACKUP_KEY, { at: now, rowCount } satisfies LastBackup);
}
