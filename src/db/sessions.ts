// Sessions: versioned like every bitácora entry (an edit keeps the replaced version in the
// history; "anular" keeps the session, struck through, with its reason).
import { newId } from '../domain/ids';
import { compareSessionsNewestFirst, withSessionDefaults, type CteSession, type SessionDraft } from '../domain/session';
import { db } from './database';
import { versionedRepository } from './versioned';

export async function listSessions(): Promise<CteSession[]> {
  // Sessions are a handful per year: sorting in memory after an indexed read is cheap.
  const rows = await db.sessions.orderBy('date').reverse().toArray();
  return rows.map(withSessionDefaults).sort(compareSessionsNewestFirst);
}

function clean(draft: SessionDraft): Omit<CteSession, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  const { attendance, ...rest } = draft;
  return {
    ...rest,
    normas: draft.normas.map((n) => n.trim()).filter(Boolean),
    notes: draft.notes.trim(),
    attendance: (attendance ?? []).map((a) => ({ ...a, name: a.name.trim(), role: a.role.trim() })).filter((a) => a.name),
  };
}

const sessions = versionedRepository<SessionDraft, CteSession, CteSession>({
  kind: 'session',
  table: db.sessions,
  clean,
  toRow: (s) => s,
  read: withSessionDefaults,
  // Sessions are few and were never listed by id order: plain random ids, as before versions.
  newId,
});

export const createSession = sessions.create;
export const updateSession = sessions.update;
export const getSession = sessions.get;
