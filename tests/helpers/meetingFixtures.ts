// Builders for meeting tests: a document with meta, writers of two schools, a problemática, two
// devices of one meeting, and the code a writer refuses with.
import * as Y from 'yjs';
import { EMPTY_PROBLEM_DRAFT, type MeetingProblemDraft } from '../../src/domain/meeting';
import { initMeeting, joinSchool, MeetingInputError, type Writer } from '../../src/meeting/model';

export const MEETING_ID = 'enc-0001';

export const ANA: Writer = { author: 'Ana Ruiz', school: { name: 'Escuela Benito Juárez', cct: '14DPR0123X' } };
export const BETO: Writer = { author: 'Beto Díaz', school: { name: 'Escuela Emiliano Zapata', cct: '14DPR0456Y' } };

/** A meeting created by ANA's school; both schools joined (M12, M13), unless `join` is false. */
export function newMeetingDoc(clientID?: number, join = true): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  initMeeting(doc, { id: MEETING_ID, name: 'Encuentro zona 087', date: '2018-11-30', place: 'Escuela Juárez', createdAt: 1 }, ANA.school);
  if (join) {
    joinSchool(doc, ANA.school, 1);
    joinSchool(doc, BETO.school, 1);
  }
  return doc;
}

/** A problemática about `contenido`, with `fields` typed and the rest left empty. */
export function problemDraft(contenido: string, fields: Partial<MeetingProblemDraft> = {}): MeetingProblemDraft {
  return { ...EMPTY_PROBLEM_DRAFT, contenido, ...fields };
}

/** Two documents that start from the same meeting, as two devices after a first exchange. */
export function twoDevices(): [Y.Doc, Y.Doc] {
  const a = newMeetingDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** The code a meeting writer refuses `fn` with (MeetingInputError), or 'accepted'. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof MeetingInputError) return e.code;
    throw e;
  }
  return 'accepted';
}
