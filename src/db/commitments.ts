// Compromisos: create (with optional origin, deduped), edit (versioned), follow-up entries that
// change the status, the review of open commitments, and lists.
import Dexie from 'dexie';
import {
  cleanCommitment,
  compareForReview,
  OPEN_STATUSES,
  type Commitment,
  type CommitmentDraft,
  type CommitmentStatus,
  type FollowUp,
} from '../domain/commitment';
import { newId } from '../domain/ids';
import { isEarlierSession, todayIso } from '../domain/session';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { commitmentRow, type CommitmentRow } from './rows';
import { versionedRepository } from './versioned';
import { write, WriteError } from './writes';
import { writeRefusals } from '../i18n/writes';

const commitments = versionedRepository<CommitmentDraft, Commitment, CommitmentRow>({
  kind: 'commitment',
  table: db.commitments,
  clean: cleanCommitment,
  start: () => ({ status: 'pendiente', followUps: [] }),
  defaultOrigin: (d) => (d.sessionId ? { kind: 'session', sessionId: d.sessionId } : undefined),
  toRow: commitmentRow,
});

export const findCommitmentByOrigin = commitments.findByOrigin;
/** Creates a compromiso; with a meeting origin already imported, returns the existing one. */
export const createCommitment = commitments.create;
export const updateCommitment = commitments.update;
export const getCommitment = commitments.get;

interface FollowUpInput {
  status: CommitmentStatus;
  note?: string;
  date?: string;
  sessionId?: string | undefined;
}

/**
 * A follow-up entry: appended, never replaced, and it sets the new status. The follow-up list is
 * the commitment's own status history, so it does not add a new edit version.
 */
export async function addFollowUp(id: string, input: FollowUpInput, now: number = Date.now()): Promise<Commitment> {
  return write(['commitments'], async () => {
    const existing = await db.commitments.get(id);
    if (!existing) throw new WriteError('invalid', writeRefusals.commitmentNotFound);
    if (existing.annulled) throw new WriteError('invalid', writeRefusals.commitmentAnnulled);
    const entry: FollowUp = {
      id: newId(),
      date: input.date ?? todayIso(new Date(now)),
      note: (input.note ?? '').trim(),
      status: input.status,
      previousStatus: existing.status,
      sessionId: input.sessionId,
      at: now,
    };
    // updatedAt stays: it is the time of the current version; the entry carries its own time.
    const row = { ...existing, status: input.status, followUps: [...existing.followUps, entry] };
    await db.commitments.put(row);
    return row;
  });
}

/**
 * Open commitments for the review at the start of a session: overdue first. For a given session
 * (`forSessionId`), only those made before it: the review looks back, never at what that same
 * session (or a later one) agreed. Commitments without a known session are always reviewed.
 */
export async function listOpenCommitments(today: string = todayIso(), forSessionId?: string): Promise<Commitment[]> {
  const rows = await db.commitments
    .where('[status+dueDate]')
    .between([OPEN_STATUSES[0], Dexie.minKey], [OPEN_STATUSES[0], Dexie.maxKey])
    .toArray();
  const more = await db.commitments
    .where('[status+dueDate]')
    .between([OPEN_STATUSES[1], Dexie.minKey], [OPEN_STATUSES[1], Dexie.maxKey])
    .toArray();
  const open = [...rows, ...more].filter((c) => !c.annulled);
  const current = forSessionId ? await db.sessions.get(forSessionId) : undefined;
  if (!current) return open.sort(compareForReview(today));
  const sessions = new Map((await db.sessions.toArray()).map((s) => [s.id, s]));
  return open
    .filter((c) => {
      const made = sessions.get(c.sessionId);
      return !made || (made.id !== current.id && isEarlierSession(made, current));
    })
    .sort(compareForReview(today));
}

interface CommitmentQuery extends ListQueryBase {
  sessionId?: string;
  status?: CommitmentStatus;
  responsibleKind?: string;
}

function commitmentPageQuery(q: CommitmentQuery): PageQuery {
  const filters: Filter[] = [];
  if (q.sessionId) filters.push({ field: 'sessionId', value: q.sessionId });
  if (q.status) filters.push({ field: 'status', value: q.status });
  if (q.responsibleKind) filters.push({ field: 'responsibleKind', value: q.responsibleKind });
  return pageQuery(filters, q);
}

/** What the list screen reads: its rows first, then the count. */
export const commitmentList = pagedList(db.commitments, commitmentPageQuery);

export function listCommitments(q: CommitmentQuery = {}): Promise<Page<Commitment>> {
  return commitmentList.page(q);
}
