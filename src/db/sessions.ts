import { newId } from '../domain/ids';
import { compareSessionsNewestFirst, type CteSession, type SessionDraft } from '../domain/session';
import { db } from './database';
import { write } from './writes';

export async function listSessions(): Promise<CteSession[]> {
  // Sessions are a handful per year: sorting in memory after an indexed read is cheap.
  const rows = await db.sessions.orderBy('date').reverse().toArray();
  return rows.sort(compareSessionsNewestFirst);
}

export function getSession(id: string): Promise<CteSession | undefined> {
  return db.sessions.get(id);
}

function clean(draft: SessionDraft): SessionDraft {
  return {
    ...draft,
    normas: draft.normas.map((n) => n.trim()).filter(Boolean),
    notes: draft.notes.trim(),
  };
}

export async function createSession(draft: SessionDraft, now: number = Date.now()): Promise<CteSession> {
  return write(['sessions'], async () => {
    const session: CteSession = { ...clean(draft), id: newId(), createdAt: now, updatedAt: now };
    await db.sessions.add(session);
    return session;
  });
}

export async function updateSession(id: string, draft: SessionDraft, now: number = Date.now()): Promise<CteSession> {
  return write(['sessions'], async () => {
    const existing = await db.sessions.get(id);
    if (!existing) throw new Error(`No existe la sesión ${id}`);
    const session: CteSession = { ...existing, ...clean(draft), id, updatedAt: now };
    await db.sessions.put(session);
    return session;
  });
}
