// Problemáticas: create, edit (versioned), list.
import { newRecordId } from '../domain/record';
import { cleanProblem, type Problem, type ProblemDraft } from '../domain/problem';
import { gradeKey } from '../domain/practice';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { loadForEdit, saveVersion } from './records';
import { problemRow } from './rows';
import { write } from './writes';

export async function createProblem(draft: ProblemDraft, now: number = Date.now()): Promise<Problem> {
  return write(['problems', 'history'], async () => {
    const row = problemRow({
      ...cleanProblem(draft),
      id: newRecordId(now),
      version: 1,
      createdAt: now,
      updatedAt: now,
      origin: { kind: 'session', sessionId: draft.sessionId },
    });
    return saveVersion('problem', db.problems, row);
  });
}

export async function updateProblem(id: string, draft: ProblemDraft, now: number = Date.now()): Promise<Problem> {
  return write(['problems', 'history'], async () => {
    const existing = await loadForEdit(db.problems, id);
    const row = problemRow({ ...existing, ...cleanProblem(draft), id, version: existing.version + 1, updatedAt: now });
    return saveVersion('problem', db.problems, row, existing);
  });
}

export function getProblem(id: string): Promise<Problem | undefined> {
  return db.problems.get(id);
}

export interface ProblemQuery extends ListQueryBase {
  sessionId?: string;
  gradeGroup?: string;
  presentAtMeeting?: boolean;
}

function problemPageQuery(q: ProblemQuery): PageQuery {
  const filters: Filter[] = [];
  if (q.sessionId) filters.push({ field: 'sessionId', value: q.sessionId });
  if (q.gradeGroup) filters.push({ field: 'gradeKey', value: gradeKey(q.gradeGroup) });
  if (q.presentAtMeeting !== undefined) filters.push({ field: 'present', value: q.presentAtMeeting ? 1 : 0 });
  return pageQuery(filters, q);
}

/** What the list screen reads: its rows first, then the count. */
export const problemList = pagedList(db.problems, problemPageQuery);

export function listProblems(q: ProblemQuery = {}): Promise<Page<Problem>> {
  return problemList.page(q);
}
