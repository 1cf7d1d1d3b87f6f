// Merges a validated backup into the database: by primary key, never duplicating; when both sides
// changed a row the newer becomes current (and tables with a history keep the other version).
// All tables are written in one transaction: a crash or an error leaves the database as it was.
import { db } from '../db/database';
import { write } from '../db/writes';
import type { ValidBackup } from './readBackup';
import { comparable } from './rows';
import { BACKUP_TABLES } from './tables';
import { mergeMeetings } from './meetings';

export interface TablePreview {
  table: string;
  label: string;
  added: number;
  changed: number;
  same: number;
}

type Row = Record<string, unknown>;

async function compare(name: string, rows: Row[]) {
  const spec = BACKUP_TABLES[name]!;
  const keys = rows.map((r) => r[spec.key] as string);
  const local = await db.table(name).bulkGet(keys);
  return rows.map((incoming, i) => {
    const existing = local[i] as Row | undefined;
    if (!existing) return { kind: 'added' as const, incoming, existing };
    if (comparable(existing) === comparable(incoming)) return { kind: 'same' as const, incoming, existing };
    return { kind: 'changed' as const, incoming, existing };
  });
}

export async function previewRestore(backup: ValidBackup): Promise<TablePreview[]> {
  const out: TablePreview[] = [];
  for (const [name, rows] of Object.entries(backup.tables)) {
    const result = await compare(name, rows);
    out.push({
      table: name,
      label: BACKUP_TABLES[name]!.label,
      added: result.filter((r) => r.kind === 'added').length,
      changed: result.filter((r) => r.kind === 'changed').length,
      same: result.filter((r) => r.kind === 'same').length,
    });
  }
  return out;
}

export interface RestoreResult {
  added: number;
  changed: number;
}

export async function restoreBackup(backup: ValidBackup): Promise<RestoreResult> {
  const names = Object.keys(backup.tables);
  const totals = await write(names, async () => {
    let added = 0;
    let changed = 0;
    for (const name of names) {
      const spec = BACKUP_TABLES[name]!;
      const table = db.table(name);
      for (const item of await compare(name, backup.tables[name]!)) {
        if (item.kind === 'same') continue;
        if (item.kind === 'added') {
          await table.add(item.incoming);
          added++;
          continue;
        }
        const newer = spec.updatedAt ? spec.updatedAt(item.incoming) > spec.updatedAt(item.existing!) : false;
        if (newer) {
          await spec.keepVersion?.(item.existing!);
          await table.put(item.incoming);
          changed++;
        } else {
          await spec.keepVersion?.(item.incoming);
        }
      }
    }
    return { added, changed };
  });
  // Meeting documents merge as CRDT updates: applying one twice, or after a crash half-way, is
  // harmless, so they need not share the records' transaction.
  await mergeMeetings(backup.meetings);
  return totals;
}
