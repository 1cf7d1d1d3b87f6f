// Paged, filtered, accent-insensitive lists served by indexes; a page never loads rows it does
// not show. Entry ids count down from their creation time (newRecordId), so ascending key order
// is newest first.
// - No search and at most one filter (the common case): one range read of the page's rows on
//   the `[field+id]` index, continuing after the last id of the previous page (keyset paging),
//   plus a count of the range. No cursor walks, no offsets.
// - Search words or several filters: each reads only the primary keys of its index range; the
//   key lists are intersected and only the page's rows are read.
import Dexie, { type IndexableType, type Table } from 'dexie';
import { indexWords } from '../domain/record';
import { searchWords } from '../domain/text';

export type SortOrder = 'newest' | 'oldest';

export interface Filter {
  /** Indexed as `[field+id]`, or as a multi-entry `field` when `multi` (e.g. practiceIds). */
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
  /** The last id of the previous page, when known: the next page starts right after it. */
  after?: string | undefined;
}

export interface Page<R> {
  rows: R[];
  total: number;
}

export const PAGE_SIZE = 50;

/** The part of a list query every kind of entry shares; each kind adds its own filters. */
export interface ListQueryBase {
  text?: string;
  order?: SortOrder;
  page?: number;
  pageSize?: number;
  /** Last id of the previous page (keyset paging). */
  after?: string | undefined;
}

/** A kind's filters plus the shared search, order and paging, with their defaults. */
export function pageQuery(filters: Filter[], q: ListQueryBase): PageQuery {
  return { filters, text: q.text ?? '', order: q.order ?? 'newest', page: q.page ?? 0, pageSize: q.pageSize ?? PAGE_SIZE, after: q.after };
}

type Row = { id: string };

function fastPage<R extends Row>(table: Table<R, string>, q: PageQuery, f: Filter | undefined) {
  const newest = q.order === 'newest';
  const after = q.after;
  if (!f) {
    const coll = newest
      ? after
        ? table.where(':id').above(after)
        : table.toCollection()
      : after
        ? table.where(':id').below(after).reverse()
        : table.reverse();
    return { coll, count: () => table.count() };
  }
  const index = `[${f.field}+id]`;
  const all = () => table.where(index).between([f.value, Dexie.minKey], [f.value, Dexie.maxKey]);
  const coll = !after
    ? newest
      ? all()
      : all().reverse()
    : newest
      ? table.where(index).between([f.value, after], [f.value, Dexie.maxKey], false, true)
      : table.where(index).between([f.value, Dexie.minKey], [f.value, after], true, false).reverse();
  return { coll, count: () => all().count() };
}

async function matchingIds<R extends Row>(table: Table<R, string>, filters: Filter[], words: string[]): Promise<string[]> {
  interface KeyList {
    keys: string[];
    /** Ranges of one filter value list keys in id order; word prefixes may not, and may repeat. */
    ordered: boolean;
  }
  const lists: KeyList[] = await Promise.all([
    ...filters.map(async (f) => ({
      keys: (await (
        f.multi
          ? table.where(f.field).equals(f.value)
          : table.where(`[${f.field}+id]`).between([f.value, Dexie.minKey], [f.value, Dexie.maxKey])
      ).primaryKeys()) as string[],
      ordered: true,
    })),
    // Prefix match: "prac" already finds "práctica" while the user is still typing.
    ...words.map(async (w) => ({ keys: (await table.where('words').startsWith(w).primaryKeys()) as string[], ordered: false })),
  ]);
  lists.sort((a, b) => a.keys.length - b.keys.length);
  const [smallest, ...rest] = lists as [KeyList, ...KeyList[]];
  const sets = rest.map((l) => new Set(l.keys));
  const ids = smallest.keys.filter((id) => sets.every((s) => s.has(id)));
  return smallest.ordered ? ids : [...new Set(ids)].sort();
}

async function queryPage<R extends Row>(table: Table<R, string>, q: PageQuery): Promise<Page<R>> {
  const page = await readPage(table, q, true);
  return { rows: page.rows, total: page.total! };
}

/** A page's rows; the total only when it comes with them (searches and combined filters). */
interface RowsPage<R> {
  rows: R[];
  total: number | undefined;
}

/**
 * One kind of entry's list as its screen reads it. `rows` does not wait for the count: on the
 * fast path IndexedDB counts by walking the whole range (measured: 15-150 ms for 10,000
 * prácticas, more on a phone), so a screen shows the rows first and asks `count` after.
 */
export interface PagedList<Q, R> {
  page(q: Q): Promise<Page<R>>;
  rows(q: Q): Promise<RowsPage<R>>;
  count(q: Q): Promise<number>;
}

export function pagedList<Q, R extends Row>(table: Table<R, string>, toQuery: (q: Q) => PageQuery): PagedList<Q, R> {
  return {
    page: (q) => queryPage(table, toQuery(q)),
    rows: (q) => readPage(table, toQuery(q), false),
    count: (q) => countPage(table, toQuery(q)),
  };
}

function isFastPath(q: PageQuery, words: string[]): boolean {
  return words.length === 0 && (q.filters.length === 0 || (q.filters.length === 1 && !q.filters[0]!.multi));
}

async function readPage<R extends Row>(table: Table<R, string>, q: PageQuery, withCount: boolean): Promise<RowsPage<R>> {
  const words = indexWords(searchWords(q.text));
  if (isFastPath(q, words)) {
    const { coll, count } = fastPage(table, q, q.filters[0]);
    // Without the previous page's last id (e.g. a jump), fall back to skipping entries.
    const paged = q.after || q.page === 0 ? coll : coll.offset(q.page * q.pageSize);
    const [rows, total] = await Promise.all([paged.limit(q.pageSize).toArray(), withCount ? count() : undefined]);
    return { rows, total };
  }
  // Newest first is ascending id order.
  const ids = await matchingIds(table, q.filters, words);
  if (q.order === 'oldest') ids.reverse();
  const start = q.page * q.pageSize;
  const rows = (await table.bulkGet(ids.slice(start, start + q.pageSize))).filter((r): r is R => r !== undefined);
  return { rows, total: ids.length };
}

async function countPage<R extends Row>(table: Table<R, string>, q: PageQuery): Promise<number> {
  const words = indexWords(searchWords(q.text));
  if (isFastPath(q, words)) return fastPage(table, q, q.filters[0]).count();
  return (await matchingIds(table, q.filters, words)).length;
}
