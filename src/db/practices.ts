// Prácticas educativas: create (with optional origin, deduped), edit (versioned), list.
import { cleanPractice, gradeKey, type Practice, type PracticeDraft } from '../domain/practice';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { practiceRow, type PracticeRow } from './rows';
import { versionedRepository } from './versioned';
import { write } from './writes';

const practices = versionedRepository<PracticeDraft, Practice, PracticeRow>({
  kind: 'practice',
  table: db.practices,
  clean: cleanPractice,
  defaultOrigin: (d) => ({ kind: 'session', sessionId: d.sessionId }),
  toRow: practiceRow,
});

export const findPracticeByOrigin = practices.findByOrigin;
/** Creates a práctica; with a meeting origin already imported, returns the existing one. */
export const createPractice = practices.create;
export const updatePractice = practices.update;
export const getPractice = practices.get;

/** Many prácticas in one transaction (imports, benchmarks). The rows are their first versions. */
export async function bulkCreatePractices(drafts: PracticeDraft[], now: number = Date.now()): Promise<number> {
  return write(['practices'], async () => {
    // Creation times one millisecond apart keep the import's order in the time-ordered ids.
    const rows = drafts.map((d, i) => practices.firstVersion(d, { now: now + i }));
    await db.practices.bulkAdd(rows);
    return rows.length;
  });
}

interface PracticeQuery extends ListQueryBase {
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
