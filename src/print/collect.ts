// Gathers everything one printed document needs, through the repositories, in one read. The print
// view renders only what this returns, so it holds no app state of its own.
import { getSchool } from '../db/schools';
import { listSessions } from '../db/sessions';
import type { School } from '../domain/school';
import type { CteSession } from '../domain/session';

export const PRINT_KINDS = ['ciclo', 'sesion', 'compromisos'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export interface SessionPrint {
  session: CteSession;
}

export interface PrintData {
  school: School;
  kind: PrintKind;
  ciclo: string;
  /** Oldest first: a printed notebook reads forward in time. */
  sessions: SessionPrint[];
}

export function isPrintKind(value: string): value is PrintKind {
  return (PRINT_KINDS as readonly string[]).includes(value);
}

export async function collectPrintData(kind: PrintKind, id: string): Promise<PrintData | null> {
  const school = await getSchool();
  if (!school) return null;
  const all = (await listSessions()).reverse();
  let sessions: CteSession[];
  let ciclo: string;
  if (kind === 'sesion') {
    const one = all.find((s) => s.id === id);
    if (!one) return null;
    sessions = [one];
    ciclo = one.ciclo;
  } else {
    ciclo = id;
    sessions = all.filter((s) => s.ciclo === id);
  }
  return { school, kind, ciclo, sessions: sessions.map((session) => ({ session })) };
}
