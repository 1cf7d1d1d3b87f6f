// Versioned writes shared by every kind of entry: each saved state is also appended to the
// history table, entries are never deleted, and annulment keeps the entry with its reason.
// These helpers run inside a caller's write() transaction (they include 'history').
import type { Table } from 'dexie';
import { validateAnnulReason, type HistoryAction, type HistoryEntry, type RecordKind, type RecordMeta } from '../domain/record';
import { db } from './database';
import { snapshotOf } from './rows';
import { write, WriteError } from './writes';

export const TABLE_OF: Record<RecordKind, 'practices' | 'evidences' | 'problems' | 'commitments'> = {
  practice: 'practices',
  evidence: 'evidences',
  problem: 'problems',
  commitment: 'commitments',
};

export function historyEntry<R extends RecordMeta>(kind: RecordKind, row: R, action: HistoryAction): HistoryEntry {
  return { recordId: row.id, kind, version: row.version, action, savedAt: row.updatedAt, snapshot: snapshotOf(row) };
}

/** Stores `row` as the current state and appends it to the history. */
export async function saveVersion<R extends RecordMeta>(kind: RecordKind, table: Table<R, string>, row: R, action: HistoryAction): Promise<R> {
  await table.put(row);
  await db.history.put(historyEntry(kind, row, action));
  return row;
}

export async function loadForEdit<R extends RecordMeta>(table: Table<R, string>, id: string): Promise<R> {
  const existing = await table.get(id);
  if (!existing) throw new WriteError('invalid', 'No se encontró el registro que intenta modificar.');
  if (existing.annulled) throw new WriteError('invalid', 'Este registro está anulado: ya no se puede modificar.');
  return existing;
}

/** "Anular": the entry stays, visibly struck through, with the reason and the time. */
export async function annulRecord(kind: RecordKind, id: string, reason: string, now: number = Date.now()): Promise<RecordMeta> {
  const problem = validateAnnulReason(reason);
  if (problem) throw new WriteError('invalid', 'Escriba el motivo de la anulación (al menos 5 letras).');
  const tableName = TABLE_OF[kind];
  return write([tableName, 'history'], async () => {
    const table = db.table<RecordMeta, string>(tableName);
    const existing = await loadForEdit(table, id);
    const row: RecordMeta = { ...existing, version: existing.version + 1, updatedAt: now, annulled: { reason: reason.trim(), at: now } };
    return saveVersion(kind, table, row, 'annul');
  });
}

/** Every saved version of an entry, newest first. */
export async function listHistory(recordId: string): Promise<HistoryEntry[]> {
  const rows = await db.history.where('recordId').equals(recordId).toArray();
  return rows.sort((a, b) => b.version - a.version);
}
