// Writes everything on the device into one .bitacora file: every table, read in one transaction
// so the copy is consistent, with photos inline, and every meeting document.
import { db } from '../db/database';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { todayIso } from '../domain/session';
import { sha256 } from './checksum';
import { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_MIME, type BackupContent } from './format';
import { encodeBlobs, type BlobTable } from './rows';
import { exportMeetings } from './meetings';
import { isBackedUp } from './tables';

type Progress = (done: number, total: number) => void;

interface BackupResult {
  file: File;
  rowCount: number;
}

export async function createBackup(onProgress: Progress = () => {}, now = new Date()): Promise<BackupResult> {
  const raw: Record<string, unknown[]> = {};
  // Drafts and device state are not records: they stay on this device (docs/BACKUP.md).
  const tablesToCopy = db.tables.filter((t) => isBackedUp(t.name));
  await db.transaction('r', tablesToCopy, async () => {
    for (const table of tablesToCopy) raw[table.name] = await table.toArray();
  });
  const total = Object.values(raw).reduce((n, rows) => n + rows.length, 0);
  const blobs: BlobTable = {};
  let blobCount = 0;
  const tables: Record<string, unknown[]> = {};
  let done = 0;
  for (const [name, rows] of Object.entries(raw)) {
    tables[name] = [];
    for (const row of rows) {
      tables[name].push(await encodeBlobs(row, blobs, () => `b${++blobCount}`));
      if (++done % 500 === 0) onProgress(done, total);
    }
  }
  const content: BackupContent = { tables, blobs, meetings: await exportMeetings() };
  const contentText = JSON.stringify(content);
  const checksum = await sha256(contentText);
  // The envelope is written around the exact content text the checksum was computed over.
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    checksum,
  });
  const text = `${head.slice(0, -1)},"content":${contentText}}`;
  onProgress(total, total);
  const rowCount = total - (raw.settings?.length ?? 0);
  const name = `bitacora-${todayIso(now)}${BACKUP_EXTENSION}`;
  return { file: new File([text], name, { type: BACKUP_MIME }), rowCount };
}
