// The one repository shape of every versioned entry (prácticas, evidencias, problemáticas,
// compromisos, sessions): get, create (a meeting origin is imported once), update (the replaced
// version goes to `history`), find by origin. A kind says only what is its own: how a draft is
// cleaned, what a first version starts with, and the index-only fields of its stored row.
import type { Table } from 'dexie';
import { newRecordId, originKeyOf, type Origin, type RecordKind, type RecordMeta } from '../domain/record';
import { loadForEdit, saveVersion, TABLE_OF } from './records';
import { write } from './writes';

interface CreateOptions {
  /** Where the entry comes from; a meeting card's origin is imported at most once. */
  origin?: Origin | undefined;
  now?: number;
}

/** Work done in the save's transaction, before the row is stored (an evidence's files). */
export type Attach<Rec, Row> = (id: string, now: number, existing?: Row) => Promise<Partial<Rec>>;

interface VersionedSpec<D, Rec extends RecordMeta, Row extends Rec> {
  kind: RecordKind;
  table: Table<Row, string>;
  /** The draft as stored (trimmed, deduplicated): what an edit replaces. */
  clean: (draft: D) => Partial<Rec>;
  /** What a first version holds besides the cleaned draft (a compromiso starts "pendiente"). */
  start?: (draft: D) => Partial<Rec>;
  /** Where a new entry comes from when the caller does not say (usually its session). */
  defaultOrigin?: (draft: D) => Origin | undefined;
  /** The stored row: the record plus its index-only fields (rows.ts). */
  toRow: (record: Rec) => Row;
  /** Reads rows written by an older app as the current shape (a session before versions). */
  read?: (row: Row) => Row;
  /** Tables the save also writes (besides the entry's own and `history`). */
  alsoWrites?: string[];
  /** Ids of entries that are not time-ordered (sessions use plain random ids). */
  newId?: (now: number) => string;
}

export function versionedRepository<D, Rec extends RecordMeta, Row extends Rec>(spec: VersionedSpec<D, Rec, Row>) {
  const { table, kind } = spec;
  const read = spec.read ?? ((row: Row) => row);
  const tables = [TABLE_OF[kind], 'history', ...(spec.alsoWrites ?? [])];

  const newId = spec.newId ?? newRecordId;

  /** The first version of a new entry, not yet stored (bulk imports store many at once). */
  function firstVersion(draft: D, options: CreateOptions = {}, extra: Partial<Rec> = {}, id?: string): Row {
    const now = options.now ?? Date.now();
    const origin = options.origin ?? spec.defaultOrigin?.(draft);
    const key = originKeyOf(origin);
    const meta: RecordMeta = {
      id: id ?? newId(now),
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...(origin ? { origin } : {}),
      ...(key ? { originKey: key } : {}),
    };
    // The kind's parts (cleaned draft, starting state) and the metadata make up the whole record.
    return spec.toRow({ ...spec.clean(draft), ...spec.start?.(draft), ...extra, ...meta } as Rec);
  }

  function findByOrigin(originKey: string): Promise<Rec | undefined> {
    return table.where('originKey').equals(originKey).first();
  }

  return {
    tables,
    firstVersion,
    findByOrigin,

    async get(id: string): Promise<Rec | undefined> {
      const row = await table.get(id);
      return row && read(row);
    },

    /** Creates an entry; with a meeting origin already imported, returns the existing one. */
    create(draft: D, options: CreateOptions = {}, attach?: Attach<Rec, Row>): Promise<Rec> {
      const now = options.now ?? Date.now();
      return write(tables, async () => {
        const key = originKeyOf(options.origin);
        const existing = key ? await findByOrigin(key) : undefined;
        if (existing) return existing;
        const id = newId(now);
        const extra = attach ? await attach(id, now) : {};
        return saveVersion(kind, table, firstVersion(draft, { ...options, now }, extra, id));
      });
    },

    /** A new version with the draft's fields; the replaced one goes to the history. */
    update(id: string, draft: D, now: number = Date.now(), attach?: Attach<Rec, Row>): Promise<Rec> {
      return write(tables, async () => {
        const existing = read(await loadForEdit(table, id));
        const extra = attach ? await attach(id, now, existing) : {};
        const row = spec.toRow({ ...existing, ...spec.clean(draft), ...extra, id, version: existing.version + 1, updatedAt: now });
        return saveVersion(kind, table, row, existing);
      });
    },
  };
}
