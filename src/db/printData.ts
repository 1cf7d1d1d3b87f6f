// Reads for printing: every entry of a set of sessions in one read transaction, by index ranges.
// Printing a year reads a year, so this walks [sessionId+id] ranges rather than pages.
import Dexie from 'dexie';
import type { Commitment } from '../domain/commitment';
import type { Evidence, EvidenceFile } from '../domain/evidence';
import type { Practice } from '../domain/practice';
import type { Problem } from '../domain/problem';
import { db } from './database';
import { snapshotOf } from './rows';

export interface EntriesBySession {
  practices: Practice[];
  problems: Problem[];
  commitments: Commitment[];
}

interface PrintEntries {
  bySession: Map<string, EntriesBySession>;
  /** Evidences linked to any práctica of these sessions, with their image files. */
  evidences: Evidence[];
  files: Map<string, EvidenceFile[]>;
  /** Every commitment (for follow-ups recorded in these sessions, whatever session made it). */
  allCommitments: Commitment[];
}

function bySessionRange(sessionId: string) {
  return [
    [sessionId, Dexie.minKey],
    [sessionId, Dexie.maxKey],
  ] as const;
}

export async function readPrintEntries(sessionIds: string[]): Promise<PrintEntries> {
  return db.transaction('r', [db.practices, db.problems, db.commitments, db.evidences, db.evidenceFiles], async () => {
    const bySession = new Map<string, EntriesBySession>();
    const practiceIds: string[] = [];
    for (const id of sessionIds) {
      const [from, to] = bySessionRange(id);
      const [practices, problems, commitments] = await Promise.all([
        db.practices.where('[sessionId+id]').between(from, to, true, true).toArray(),
        db.problems.where('[sessionId+id]').between(from, to, true, true).toArray(),
        db.commitments.where('[sessionId+id]').between(from, to, true, true).toArray(),
      ]);
      // Ids run newest first; paper reads oldest first.
      for (const list of [practices, problems, commitments]) list.sort((a, b) => a.createdAt - b.createdAt);
      practiceIds.push(...practices.map((p) => p.id));
      bySession.set(id, {
        practices: practices.map((p) => snapshotOf(p) as Practice),
        problems: problems.map((p) => snapshotOf(p) as Problem),
        commitments: commitments.map((c) => snapshotOf(c) as Commitment),
      });
    }
    const evidenceRows = practiceIds.length ? await db.evidences.where('practiceIds').anyOf(practiceIds).distinct().toArray() : [];
    const evidences = evidenceRows.map((e) => snapshotOf(e) as Evidence).sort((a, b) => a.date.localeCompare(b.date));
    const files = new Map<string, EvidenceFile[]>();
    for (const e of evidences) {
      files.set(e.id, await db.evidenceFiles.where('evidenceId').equals(e.id).toArray());
    }
    const allCommitments = (await db.commitments.toArray()).map((c) => snapshotOf(c) as Commitment);
    return { bySession, evidences, files, allCommitments };
  });
}
