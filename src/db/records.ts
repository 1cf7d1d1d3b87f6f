// Versioned writes shared by every kind of entry. The row in its table is the current version;
// when an edit or an annulment replaces it, the replaced version is appended to the history
// table first. Nothing is deleted, and annulment keeps the entry with its reason.
// These helpers run inside a caller's write() transaction (which includes 'history').
import type { Table } from 'dexie';
import { validateAnnulReason, type HistoryAction, type HistoryEntry, type RecordKind, type RecordMeta } from '../domain/record';
import { db } from './database';
import { snapshotOf } from './rows';
import { write, WriteError } from './writes';
import { writeRefusals } from '../i18n/writes';

export const TABLE_OF: Record<RecordKind, 'practices' | 'evidences' | 'problems' | 'commitments' | 'sessions'> = {
  practice: 'practices',
  evidence: 'evidences',
  problem: 'problems',
  commitment: 'commitments',
  session: 'sessions',
};

/** Which action produced a version: the first is a creation, annulment is always the last. */
function actionOf(row: RecordMeta): HistoryAction {
  if (row.annulled) return 'annul';
  return row.version === 1 ? 'create' : 'edit';
}

export function historyEntry(kind: RecordKind, row: RecordMeta): HistoryEntry {
  return { recordId: row.id, kind, version: row.version, action: actionOf(row), savedAt: row.updatedAt, snapshot: snapshotOf(row) };
}

/** Stores `row` as the current version; `replaced` (the version it supersedes) goes to history. */
export async function saveVersion<R extends RecordMeta>(kind: RecordKind, table: Table<R, string>, row: R, replaced?: R): Promise<R> {
  if (replaced) await db.history.add(historyEntry(kind, replaced));
  await table.put(row);
  return row;
}

export async function loadForEdit<R extends RecordMeta>(table: Table<R, string>, id: string): Promise<R> {
  const existing = await table.get(id);
  if (!existing) throw new WriteError('invalid', writeRefusals.recordNotFound);
  if (existing.annulled) throw new WriteError('invalid', writeRefusals.recordAnnulled);
  return existing;
}

/** "Anular": the entry stays, visibly struck through, with the reason and the time. */
export async function annulRecord(kind: RecordKind, id: string, reason: string, now: number = Date.now()): Promise<RecordMeta> {
  const problem = validateAnnulReason(reason);
  if (problem) throw new WriteError('invalid', writeRefusals.annulReason);
  const tableName = TABLE_OF[kind];
  return write([tableName, 'history'], async () => {
    const table = db.table<RecordMeta, string>(tableName);
    const existing = await loadForEdit(table, id);
    const row: RecordMeta = { ...existing, version: existing.version + 1, updatedAt: now, annulled: { reason: reason.trim(), at: now } };
    return saveVersion(kind, table, row, existing);
  });
}

/** Every version of an entry, newest (the current one) first. */
export async function listHistory(kind: RecordKind, recordId: string): Promise<HistoryEntry[]> {
  const [current, older] = await Promise.all([
    db.table<RecordMeta, string>(TABLE_OF[kind]).get(recordId),
    db.history.where('recordId').equals(recordId).toArray(),
  ]);
  const all = current ? [...older, historyEntry(kind, current)] : older;
  return all.sort((a, b) => b.version - a.version);
}
