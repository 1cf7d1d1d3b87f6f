import { emptyPreparation, type Preparation } from '../domain/preparation';
import { db } from './database';
import { write } from './writes';

export async function getPreparation(sessionId: string): Promise<Preparation | undefined> {
  return db.preparations.get(sessionId);
}

/** Saves one step's work (a partial change) in one transaction; the flow can be left and resumed. */
export async function savePreparation(
  sessionId: string,
  change: (p: Preparation) => Preparation,
  now: number = Date.now(),
): Promise<Preparation> {
  return write(['preparations'], async () => {
    const current = (await db.preparations.get(sessionId)) ?? emptyPreparation(sessionId, now);
    const next = { ...change(current), id: sessionId, createdAt: current.createdAt, updatedAt: now };
    await db.preparations.put(next);
    return next;
  });
}
