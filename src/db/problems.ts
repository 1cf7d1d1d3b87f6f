// Problemáticas: create, edit (versioned), list.
import { cleanProblem, type Problem, type ProblemDraft } from '../domain/problem';
import { gradeKey } from '../domain/practice';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { problemRow, type ProblemRow } from './rows';
import { versionedRepository } from './versioned';

const problems = versionedRepository<ProblemDraft, Problem, ProblemRow>({
  kind: 'problem',
  table: db.problems,
  clean: cleanProblem,
  defaultOrigin: (d) => ({ kind: 'session', sessionId: d.sessionId }),
  toRow: problemRow,
});

export const createProblem = problems.create;
export const updateProblem = problems.update;
export const getProblem = problems.get;

interface ProblemQuery extends ListQueryBase {
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
