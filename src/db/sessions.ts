// Sessions: versioned like every bitácora entry (an edit keeps the replaced version in the
// history; "anular" keeps the session, struck through, with its reason).
import { newId } from '../domain/ids';
import { compareSessionsNewestFirst, withSessionDefaults, type CteSession, type SessionDraft } from '../domain/session';
import { db } from './database';
import { loadForEdit, saveVersion } from './records';
import { write } from './writes';

export async function listSessions(): Promise<CteSession[]> {
  // Sessions are a handful per year: sorting in memory after an indexed read is cheap.
  const rows = await db.sessions.orderBy('date').reverse().toArray();
  return rows.map(withSessionDefaults).sort(compareSessionsNewestFirst);
}

export async function getSession(id: string): Promise<CteSession | undefined> {
  const row = await db.sessions.get(id);
  return row && withSessionDefaults(row);
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

export async function createSession(draft: SessionDraft, now: number = Date.now()): Promise<CteSession> {
  return write(['sessions', 'history'], async () => {
    const session: CteSession = { ...clean(draft), id: newId(), version: 1, createdAt: now, updatedAt: now };
    return saveVersion('session', db.sessions, session);
  });
}

export async function updateSession(id: string, draft: SessionDraft, now: number = Date.now()): Promise<CteSession> {
  return write(['sessions', 'history'], async () => {
    const existing = withSessionDefaults(await loadForEdit(db.sessions, id));
    const session: CteSession = { ...existing, ...clean(draft), id, version: existing.version + 1, updatedAt: now };
    return saveVersion('session', db.sessions, session, existing);
  });
}
