// Gathers everything one printed document needs, through the repositories, in one read. The print
// view renders only what this returns, so it holds no app state of its own.
import { getSchool } from '../../db/schools';
import { listSessions } from '../../db/sessions';
import { readPrintEntries, type EntriesBySession } from '../../db/printData';
import { getPreparation } from '../../db/preparations';
import type { Plenaria } from '../../domain/preparation';
import type { Commitment, FollowUp } from '../../domain/commitment';
import type { Evidence, EvidenceFile } from '../../domain/evidence';
import type { School } from '../../domain/school';
import { cicloFromDate, type CteSession } from '../../domain/session';
import { readMeetingForPrint, type PrintMeeting } from './meetingData';

// 'aviso': the one-page notice of a meeting's commitments for the school community (activity 33).
const PRINT_KINDS = ['ciclo', 'sesion', 'compromisos', 'encuentro', 'aviso'] as const;
type PrintKind = (typeof PRINT_KINDS)[number];

export interface SessionPrint extends EntriesBySession {
  session: CteSession;
  evidences: { evidence: Evidence; photos: EvidenceFile[] }[];
  /** Follow-up of commitments made earlier, recorded during this session. */
  followUps: { commitment: Commitment; entries: FollowUp[] }[];
  practiceTitles: Map<string, string>;
  /** The plenaria's acuerdos when the session prepared the inter-school meeting. */
  acuerdos: Plenaria | null;
}

export interface PrintData {
  school: School;
  kind: PrintKind;
  ciclo: string;
  /** Oldest first: a printed notebook reads forward in time. */
  sessions: SessionPrint[];
  /** For the commitments table: every commitment of the ciclo's sessions. */
  commitments: Commitment[];
  /** For a meeting's panels. */
  meeting?: PrintMeeting;
}

export function isPrintKind(value: string): value is PrintKind {
  return (PRINT_KINDS as readonly string[]).includes(value);
}

function followUpsDuring(session: CteSession, next: CteSession | undefined, all: Commitment[]) {
  const inSession = (f: FollowUp) => (f.sessionId ? f.sessionId === session.id : f.date >= session.date && (!next || f.date < next.date));
  return all
    .filter((c) => c.sessionId !== session.id)
    .map((commitment) => ({ commitment, entries: commitment.followUps.filter(inSession) }))
    .filter((x) => x.entries.length > 0);
}

export async function collectPrintData(kind: PrintKind, id: string): Promise<PrintData | null> {
  const school = await getSchool();
  if (!school) return null;
  if (kind === 'encuentro' || kind === 'aviso') {
    const meeting = await readMeetingForPrint(id);
    if (!meeting?.meta) return null;
    return { school, kind, ciclo: cicloFromDate(meeting.meta.date), sessions: [], commitments: [], meeting };
  }
  const all = (await listSessions()).reverse();
  let chosen: CteSession[];
  let ciclo: string;
  if (kind === 'sesion') {
    const one = all.find((s) => s.id === id);
    if (!one) return null;
    chosen = [one];
    ciclo = one.ciclo;
  } else {
    ciclo = id;
    chosen = all.filter((s) => s.ciclo === id);
  }
  const entries = await readPrintEntries(chosen.map((s) => s.id));
  const sessionOfPractice = new Map<string, string>();
  const practiceTitles = new Map<string, string>();
  for (const [sessionId, e] of entries.bySession) {
    for (const p of e.practices) {
      sessionOfPractice.set(p.id, sessionId);
      practiceTitles.set(p.id, p.title);
    }
  }
  const preparations = await Promise.all(chosen.map((s) => getPreparation(s.id)));
  const sessions = chosen.map((session, i) => {
    const next = all[all.indexOf(session) + 1];
    const own = entries.bySession.get(session.id) ?? { practices: [], problems: [], commitments: [] };
    // An evidence is printed once, with the session of the first práctica it supports.
    const evidences = entries.evidences
      .filter((e) => e.practiceIds.map((p) => sessionOfPractice.get(p)).find(Boolean) === session.id)
      .map((evidence) => ({ evidence, photos: (entries.files.get(evidence.id) ?? []).filter((f) => f.type.startsWith('image/')) }));
    const prep = preparations[i];
    const acuerdos = prep && prep.done.plenaria ? prep.plenaria : null;
    return { session, ...own, evidences, followUps: followUpsDuring(session, next, entries.allCommitments), practiceTitles, acuerdos };
  });
  const commitments = sessions.flatMap((s) => s.commitments);
  return { school, kind, ciclo, sessions, commitments };
}
