// CTE sessions: pure rules (ciclo escolar, numbering, attendance), no storage.
import type { RecordMeta } from './record';

export const MODALITIES = ['escuela', 'entreEscuelas'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Ordinary sessions 1..8, or the intensive phase before the school year. */
export const SESSION_KINDS = ['ordinaria', 'intensiva'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * Someone who attended the session, as the paper acta lists them: a teacher of the school's
 * colectivo docente (id = the teacher's id) or a guest such as USAER or the supervisor (guest).
 * The name is copied, so the acta still reads right after the school's profile changes.
 */
export interface Attendee {
  id: string;
  name: string;
  /** Grade and group, subject, or a guest's role ("USAER", "Supervisión escolar"). */
  role: string;
  guest: boolean;
}

/** A session is versioned and annulled like every bitácora entry (RecordMeta). */
export interface CteSession extends RecordMeta {
  kind: SessionKind;
  /** 1..8 for ordinary sessions; for the intensive phase, the day (1..5). */
  number: number;
  /** ISO date, YYYY-MM-DD (a calendar day, no time zone). */
  date: string;
  ciclo: string;
  modality: Modality;
  normas: string[];
  notes: string;
  attendance: Attendee[];
}

type SessionMetaField = keyof RecordMeta;
/** What a form edits; attendance may be left out by callers that do not record it. */
export type SessionDraft = Omit<CteSession, SessionMetaField | 'attendance'> & { attendance?: Attendee[] | undefined };

/**
 * Rows written before sessions were versioned (schema version 4 and older backups) have no
 * version and no attendance: read them as version 1 with nobody listed.
 */
export function withSessionDefaults<
  T extends Omit<CteSession, 'version' | 'attendance'> & Partial<Pick<CteSession, 'version' | 'attendance'>>,
>(row: T): T & CteSession {
  return { ...row, version: row.version ?? 1, attendance: row.attendance ?? [] };
}

/** Sessions of the same kind and number in the same ciclo, other than `self`: likely a mistake. */
export function sameNumberSessions(draft: Pick<CteSession, 'kind' | 'number' | 'ciclo'>, all: CteSession[], self?: string): CteSession[] {
  return all.filter((s) => s.id !== self && !s.annulled && s.kind === draft.kind && s.number === draft.number && s.ciclo === draft.ciclo);
}

/** True when `a` happened before `b` in the notebook (by date, then by number). */
export function isEarlierSession(a: Pick<CteSession, 'date' | 'number'>, b: Pick<CteSession, 'date' | 'number'>): boolean {
  return a.date !== b.date ? a.date < b.date : a.number < b.number;
}

/**
 * The Mexican school year runs from late August to July: a date from August on belongs to the
 * cycle that starts that year; January-July to the one that started the year before. The intensive
 * CTE phase happens in August, before classes, and already belongs to the new cycle.
 */
export function cicloFromDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!m) return '';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function isValidCiclo(ciclo: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(ciclo);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

type SessionField = 'number' | 'date' | 'ciclo' | 'modality' | 'kind' | 'attendance';
export type SessionErrorCode = 'required' | 'dateShape' | 'cicloShape' | 'numberRange' | 'guestName';
export type SessionErrors = Partial<Record<SessionField, SessionErrorCode>>;

export function maxSessionNumber(kind: SessionKind): number {
  return kind === 'ordinaria' ? 8 : 5;
}

export function validateSession(draft: SessionDraft): SessionErrors {
  const errors: SessionErrors = {};
  if (!draft.date) errors.date = 'required';
  else if (!isValidIsoDate(draft.date)) errors.date = 'dateShape';
  if (!isValidCiclo(draft.ciclo)) errors.ciclo = 'cicloShape';
  if (!Number.isInteger(draft.number) || draft.number < 1 || draft.number > maxSessionNumber(draft.kind)) {
    errors.number = 'numberRange';
  }
  if ((draft.attendance ?? []).some((a) => a.guest && !a.name.trim())) errors.attendance = 'guestName';
  return errors;
}

/** Newest first: by date, then by number, so the list reads like the notebook read backwards. */
export function compareSessionsNewestFirst(a: CteSession, b: CteSession): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.number - a.number;
}

/** Today's calendar date in the device's zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
