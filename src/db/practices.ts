// Prácticas educativas: create (with optional origin, deduped), edit (versioned), list.
import { cleanPractice, gradeKey, type Practice, type PracticeDraft } from '../domain/practice';
import { newRecordId, originKeyOf, type Origin } from '../domain/record';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { loadForEdit, saveVersion } from './records';
import { practiceRow, type PracticeRow } from './rows';
import { write } from './writes';

export interface CreateOptions {
  origin?: Origin | undefined;
  now?: number;
}

function newPractice(draft: PracticeDraft, origin: Origin | undefined, now: number): PracticeRow {
  return practiceRow({
    ...cleanPractice(draft),
    id: newRecordId(now),
    version: 1,
    createdAt: now,
    updatedAt: now,
    origin: origin ?? { kind: 'session', sessionId: draft.sessionId },
    originKey: originKeyOf(origin),
  });
}

export function findPracticeByOrigin(originKey: string): Promise<Practice | undefined> {
  return db.practices.where('originKey').equals(originKey).first();
}

/** Creates a práctica; with a meeting origin already imported, returns the existing one. */
export async function createPractice(draft: PracticeDraft, options: CreateOptions = {}): Promise<Practice> {
  const now = options.now ?? Date.now();
  return write(['practices', 'history'], async () => {
    const key = originKeyOf(options.origin);
    if (key) {
      const existing = await findPracticeByOrigin(key);
      if (existing) return existing;
    }
    return saveVersion('practice', db.practices, newPractice(draft, options.origin, now));
  });
}

/** Many prácticas in one transaction (imports, benchmarks). The rows are their first versions. */
export async function bulkCreatePractices(drafts: PracticeDraft[], now: number = Date.now()): Promise<number> {
  return write(['practices'], async () => {
    // Creation times one millisecond apart keep the import's order in the time-ordered ids.
    const rows = drafts.map((d, i) => newPractice(d, undefined, now + i));
    await db.practices.bulkAdd(rows);
    return rows.length;
  });
}

export async function updatePractice(id: string, draft: PracticeDraft, now: number = Date.now()): Promise<Practice> {
  return write(['practices', 'history'], async () => {
    const existing = await loadForEdit(db.practices, id);
    const row = practiceRow({ ...existing, ...cleanPractice(draft), id, version: existing.version + 1, updatedAt: now });
    return saveVersion('practice', db.practices, row, existing);
  });
}

export function getPractice(id: string): Promise<Practice | undefined> {
  return db.practices.get(id);
}

export interface PracticeQuery extends ListQueryBase {
  sessionId?: string;
  teacherId?: string;
  gradeGroup?: string;
  assessment?: string;
  shareNext?: boolean;
}

function practicePageQuery(q: PracticeQuery): PageQuery {
  const filters: Filter[] = [];
  if (q.sessionId) filters.push({ field: 'sessionId', value: q.sessionId });
  if (q.teacherId) filters.push({ field: 'teacherId', value: q.teacherId });
  if (q.gradeGroup) filters.push({ field: 'gradeKey', value: gradeKey(q.gradeGroup) });
  if (q.assessment) filters.push({ field: 'assessment', value: q.assessment });
  if (q.shareNext !== undefined) filters.push({ field: 'share', value: q.shareNext ? 1 : 0 });
  return pageQuery(filters, q);
}

/** What the list screen reads: its rows first, then the count. */
export const practiceList = pagedList(db.practices, practicePageQuery);

export function listPractices(q: PracticeQuery = {}): Promise<Page<Practice>> {
  return practiceList.page(q);
}

/** Titles for pickers (evidence links): by key range, a page at a time like the lists. */
export async function getPracticesByIds(ids: string[]): Promise<Practice[]> {
  return (await db.practices.bulkGet(ids)).filter((p): p is PracticeRow => !!p);
}
