// Paged, filtered, accent-insensitive lists served by indexes. A filtered page never loads rows
// it does not show: filters read compound [field+createdAt] index ranges (keys only), search
// words read the multi-entry `words` index (keys only), and only the page's rows are fetched.
import Dexie, { type IndexableType, type Table } from 'dexie';
import { searchWords } from '../domain/text';

export type SortOrder = 'newest' | 'oldest';

export interface Filter {
  /** The field name; its index is `[field+createdAt]`, or the multi-entry `field` when `multi`. */
  field: string;
  value: IndexableType;
  multi?: boolean;
}

export interface PageQuery {
  filters: Filter[];
  text: string;
  order: SortOrder;
  /** 0-based. */
  page: number;
  pageSize: number;
}

export interface Page<R> {
  rows: R[];
  total: number;
}

export const PAGE_SIZE = 50;

function range<R>(table: Table<R, string>, f: Filter) {
  if (f.multi) return table.where(f.field).equals(f.value);
  return table.where(`[${f.field}+createdAt]`).between([f.value, Dexie.minKey], [f.value, Dexie.maxKey]);
}

export async function queryPage<R>(table: Table<R, string>, q: PageQuery): Promise<Page<R>> {
  const words = searchWords(q.text);
  const offset = q.page * q.pageSize;
  const ordered = q.filters.filter((f) => !f.multi);

  // Fast paths: no filter, or one ordered filter, are a single index walk of one page.
  if (words.length === 0 && q.filters.length === 0) {
    const coll = q.order === 'newest' ? table.orderBy('createdAt').reverse() : table.orderBy('createdAt');
    const [total, rows] = await Promise.all([table.count(), coll.offset(offset).limit(q.pageSize).toArray()]);
    return { rows, total };
  }
  if (words.length === 0 && q.filters.length === 1 && ordered.length === 1) {
    const coll = range(table, ordered[0]!);
    const total = await coll.count();
    const rows = await (q.order === 'newest' ? coll.reverse() : coll).offset(offset).limit(q.pageSize).toArray();
    return { rows, total };
  }

  // General case: one ordered key list (the first ordered filter, or the createdAt index) is
  // intersected with the key sets of the other filters and of each search word (prefix match,
  // so "prac" already finds "práctica"). Only keys are read until the page is known.
  const driver = ordered[0];
  const driverKeys = driver
    ? await range(table, driver).primaryKeys()
    : await table.orderBy('createdAt').primaryKeys();
  const sets = await Promise.all([
    ...q.filters.filter((f) => f !== driver).map((f) => range(table, f).primaryKeys()),
    ...words.map((w) => table.where('words').startsWith(w).primaryKeys()),
  ]);
  const lookups = sets.map((keys) => new Set(keys)).sort((a, b) => a.size - b.size);
  const ids = (driverKeys as string[]).filter((id) => lookups.every((s) => s.has(id)));
  if (q.order === 'newest') ids.reverse();
  const pageIds = ids.slice(offset, offset + q.pageSize);
  const rows = (await table.bulkGet(pageIds)).filter((r): r is R => r !== undefined);
  return { rows, total: ids.length };
}
