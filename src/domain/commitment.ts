// Compromisos y acuerdos and their follow-up. Every CTE session starts by reviewing the
// commitments still open; the review order (overdue first) is decided here.
import type { RecordMeta } from './record';
import { searchWords } from './text';

export const COMMITMENT_STATUSES = ['pendiente', 'enProceso', 'cumplido', 'noCumplido'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const OPEN_STATUSES: CommitmentStatus[] = ['pendiente', 'enProceso'];

export const RESPONSIBLE_KINDS = ['docente', 'equipo', 'escuela'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

export interface FollowUp {
  id: string;
  /** ISO date of the follow-up. */
  date: string;
  note: string;
  status: CommitmentStatus;
  /** The status before this entry, so an undo is itself a new entry and nothing is erased. */
  previousStatus: CommitmentStatus;
  sessionId?: string | undefined;
  at: number;
}

export interface CommitmentDraft {
  sessionId: string;
  statement: string;
  responsibleKind: ResponsibleKind;
  /** Teacher id when the responsible is a teacher. */
  responsibleTeacherId: string;
  /** A teacher's name or a team's name, as read on paper. */
  responsibleName: string;
  /** ISO date. */
  dueDate: string;
  mechanism: string;
  instrument: string;
}

export type Commitment = CommitmentDraft &
  RecordMeta & {
    status: CommitmentStatus;
    followUps: FollowUp[];
  };

export type CommitmentField = 'statement' | 'responsibleName' | 'dueDate' | 'mechanism';
export type CommitmentErrors = Partial<Record<CommitmentField, 'required' | 'dateShape'>>;

export function emptyCommitment(sessionId = ''): CommitmentDraft {
  return {
    sessionId,
    statement: '',
    responsibleKind: 'escuela',
    responsibleTeacherId: '',
    responsibleName: '',
    dueDate: '',
    mechanism: '',
    instrument: '',
  };
}

export function validateCommitment(d: CommitmentDraft): CommitmentErrors {
  const e: CommitmentErrors = {};
  if (!d.statement.trim()) e.statement = 'required';
  if (d.responsibleKind !== 'escuela' && !d.responsibleName.trim()) e.responsibleName = 'required';
  if (!d.dueDate) e.dueDate = 'required';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(d.dueDate)) e.dueDate = 'dateShape';
  if (!d.mechanism.trim()) e.mechanism = 'required';
  return e;
}

export function cleanCommitment(d: CommitmentDraft): CommitmentDraft {
  return {
    ...d,
    statement: d.statement.trim(),
    responsibleName: d.responsibleKind === 'escuela' ? '' : d.responsibleName.trim(),
    responsibleTeacherId: d.responsibleKind === 'docente' ? d.responsibleTeacherId : '',
    mechanism: d.mechanism.trim(),
    instrument: d.instrument.trim(),
  };
}

export function commitmentWords(d: CommitmentDraft): string[] {
  return searchWords(d.statement, d.responsibleName, d.mechanism, d.instrument);
}

export function isOpen(c: Pick<Commitment, 'status' | 'annulled'>): boolean {
  return !c.annulled && OPEN_STATUSES.includes(c.status);
}

export function isOverdue(c: Pick<Commitment, 'status' | 'annulled' | 'dueDate'>, today: string): boolean {
  return isOpen(c) && !!c.dueDate && c.dueDate < today;
}

/** Review order: overdue first (oldest due date first), then the rest by due date. */
export function compareForReview(today: string) {
  return (a: Commitment, b: Commitment): number => {
    const ao = isOverdue(a, today) ? 0 : 1;
    const bo = isOverdue(b, today) ? 0 : 1;
    if (ao !== bo) return ao - bo;
    if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
    return a.createdAt - b.createdAt;
  };
}
