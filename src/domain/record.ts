// What every bitácora entry shares: versions (nothing is torn out), annulment with a reason, and
// an optional link to where the entry came from (a session, or a card of an inter-school meeting).

export const RECORD_KINDS = ['practice', 'evidence', 'problem', 'commitment'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface Annulment {
  reason: string;
  /** Epoch milliseconds. */
  at: number;
}

export type Origin = { kind: 'session'; sessionId: string } | { kind: 'meeting'; meetingId: string; cardId: string };

export interface RecordMeta {
  id: string;
  /** 1 on creation, +1 on every edit or annulment; each version is kept in the history table. */
  version: number;
  createdAt: number;
  updatedAt: number;
  annulled?: Annulment | undefined;
  origin?: Origin | undefined;
  /** Indexed copy of the origin for meeting imports, so "Llevar a mi bitácora" never duplicates. */
  originKey?: string | undefined;
}

/**
 * The dedupe key of an origin. Only meeting cards get one: many entries may come from one
 * session, but one meeting card becomes at most one entry of each kind.
 */
export function originKeyOf(origin: Origin | undefined): string | undefined {
  if (!origin || origin.kind !== 'meeting') return undefined;
  return `meeting:${origin.meetingId}:${origin.cardId}`;
}

/** 'merge': a version that lost a restore merge, kept so that nothing is lost. */
export type HistoryAction = 'create' | 'edit' | 'annul' | 'merge';

/** One saved version of an entry, exactly as it was stored at that moment. */
export interface HistoryEntry<T = unknown> {
  recordId: string;
  kind: RecordKind;
  version: number;
  action: HistoryAction;
  savedAt: number;
  snapshot: T;
}

export const MIN_ANNUL_REASON = 5;

export function validateAnnulReason(reason: string): 'required' | 'tooShort' | null {
  const r = reason.trim();
  if (!r) return 'required';
  if (r.length < MIN_ANNUL_REASON) return 'tooShort';
  return null;
}

/** Booleans cannot be IndexedDB keys: flags are stored as 0/1 so they can be indexed. */
export function flag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}
