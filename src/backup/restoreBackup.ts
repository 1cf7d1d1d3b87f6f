// Merges a validated backup into the database: by primary key, never duplicating. When both sides
// changed an entry, the newer becomes current; for bitácora entries the other version is appended
// to the entry's history, so nothing is lost. All tables are written in one transaction: a crash
// or an error leaves the database exactly as it was.
import { db } from '../db/database';
import { historyEntry } from '../db/records';
import { write } from '../db/writes';
import type { RecordKind, RecordMeta } from '../domain/record';
import type { ValidBackup } from './readBackup';
import { comparable } from './rows';
import { BACKUP_TABLES, type TableSpec } from './tables';
import { mergeMeetings } from './meetings';

export interface TablePreview {
  table: string;
  label: string;
  added: number;
  changed: number;
  same: number;
}

type Row = Record<string, unknown>;
type Compared = { kind: 'added' | 'same' | 'changed'; incoming: Row; existing: Row | undefined };

async function compare(name: string, rows: Row[]): Promise<Compared[]> {
  const spec = BACKUP_TABLES[name]!;
  const local = (await db.table(name).bulkGet(rows.map((r) => spec.keyOf(r)))) as (Row | undefined)[];
  return rows.map((incoming, i) => {
    const existing = local[i];
    if (!existing) return { kind: 'added', incoming, existing };
    return { kind: comparable(existing) === comparable(incoming) ? 'same' : 'changed', incoming, existing };
  });
}

export async function previewRestore(backup: ValidBackup): Promise<TablePreview[]> {
  const out: TablePreview[] = [];
  for (const [name, rows] of Object.entries(backup.tables)) {
    const result = await compare(name, rows);
    const count = (kind: Compared['kind']) => result.filter((r) => r.kind === kind).length;
    out.push({ table: name, label: BACKUP_TABLES[name]!.label, added: count('added'), changed: count('changed'), same: count('same') });
  }
  return out;
}

/**
 * Both versions of a conflicting entry survive. The history holds superseded versions and the
 * table the current one: the loser is appended to the history after every version known on
 * either side, and the winner becomes current with the next number, so later edits continue the
 * numbering without overwriting anything.
 */
async function keepBoth(kind: RecordKind, name: string, winner: Row, loser: Row): Promise<void> {
  const id = winner.id as string;
  const versions = await db.history.where('recordId').equals(id).toArray();
  const top = Math.max(0, (winner.version as number) ?? 0, (loser.version as number) ?? 0, ...versions.map((v) => v.version));
  const lost = { ...(loser as unknown as RecordMeta), version: top + 1 };
  await db.history.put({ ...historyEntry(kind, lost), action: 'merge' });
  await db.table(name).put({ ...winner, version: top + 2 });
}

async function mergeChanged(name: string, spec: TableSpec, item: Compared): Promise<boolean> {
  const existing = item.existing!;
  const incomingIsNewer = spec.updatedAt ? spec.updatedAt(item.incoming) > spec.updatedAt(existing) : false;
  if (spec.versioned) {
    await keepBoth(spec.versioned, name, incomingIsNewer ? item.incoming : existing, incomingIsNewer ? existing : item.incoming);
    return true;
  }
  if (!incomingIsNewer) return false;
  await db.table(name).put(item.incoming);
  return true;
}

interface RestoreResult {
  added: number;
  changed: number;
}

export async function restoreBackup(backup: ValidBackup): Promise<RestoreResult> {
  const names = Object.keys(BACKUP_TABLES).filter((n) => backup.tables[n]);
  const totals = await write(names, async () => {
    let added = 0;
    let changed = 0;
    for (const name of names) {
      const spec = BACKUP_TABLES[name]!;
      const items = await compare(name, backup.tables[name]!);
      const fresh = items.filter((i) => i.kind === 'added').map((i) => i.incoming);
      await db.table(name).bulkAdd(fresh);
      added += fresh.length;
      for (const item of items) {
        if (item.kind === 'changed' && (await mergeChanged(name, spec, item))) changed++;
      }
    }
    return { added, changed };
  });
  // Meeting documents merge as CRDT updates: applying one twice, or after a crash half-way, is
  // harmless, so they need not share the records' transaction.
  await mergeMeetings(backup.meetings);
  return totals;
}
