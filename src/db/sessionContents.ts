// What one session holds, for its page: its prácticas, the evidencias linked to them, its
// problemáticas and compromisos (by [sessionId+id] ranges: a session has tens of entries, not
// thousands) and the plenaria's acuerdos when it prepared a meeting. No photos are read.
import Dexie from 'dexie';
import type { Commitment } from '../domain/commitment';
import type { Evidence } from '../domain/evidence';
import type { Practice } from '../domain/practice';
import type { Plenaria } from '../domain/preparation';
import type { Problem } from '../domain/problem';
import { db } from './database';

interface SessionContents {
  practices: Practice[];
  evidences: Evidence[];
  problems: Problem[];
  commitments: Commitment[];
  acuerdos: Plenaria | null;
}

export async function readSessionContents(sessionId: string): Promise<SessionContents> {
  return db.transaction('r', [db.practices, db.problems, db.commitments, db.evidences, db.preparations], async () => {
    const range = [
      [sessionId, Dexie.minKey],
      [sessionId, Dexie.maxKey],
    ] as const;
    const [practices, problems, commitments, prep] = await Promise.all([
      db.practices.where('[sessionId+id]').between(range[0], range[1], true, true).toArray(),
      db.problems.where('[sessionId+id]').between(range[0], range[1], true, true).toArray(),
      db.commitments.where('[sessionId+id]').between(range[0], range[1], true, true).toArray(),
      db.preparations.get(sessionId),
    ]);
    const practiceIds = practices.map((p) => p.id);
    const evidences = practiceIds.length ? await db.evidences.where('practiceIds').anyOf(practiceIds).distinct().toArray() : [];
    const plenaria = prep?.plenaria;
    const hasAcuerdos = !!plenaria && Object.values(plenaria).some((v) => v.trim());
    return { practices, evidences, problems, commitments, acuerdos: hasAcuerdos ? plenaria : null };
  });
}
