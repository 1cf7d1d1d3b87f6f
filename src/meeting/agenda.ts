// The agenda in the meeting document (rules A1-A4, docs/SYNC.md): each move of the room to an
// activity is its own key, so two coordinators moving at once both stay and every device derives
// the same current activity and time used. Anything read is untrusted and checked move by move.
import type * as Y from 'yjs';
import { z } from 'zod';
import { agendaIds, sessionAgenda, sortMoves, type AgendaMove, type AgendaPart } from '../domain/agenda';
import type { Writer } from '../domain/meeting';
import { newId } from '../domain/ids';
import { readSigned, signedSchema, writeSigned } from './coordination';
import { MeetingInputError } from './errors';
import { continuesAMeeting } from './followUp';
import { agendaOf } from './layout';

/** A meeting that continues another (N1) follows the follow-up's own agenda; any other, the third session's. */
export function meetingAgenda(doc: Y.Doc): readonly AgendaPart[] {
  return sessionAgenda(continuesAMeeting(doc));
}

// One schema per agenda: a move to an activity of the other agenda is not a move of this meeting (A4).
const schemas = new Map<readonly AgendaPart[], ReturnType<typeof moveSchema>>();
function moveSchema(agenda: readonly AgendaPart[]) {
  const ids = agendaIds(agenda);
  return signedSchema({ activityId: z.string().refine((id) => ids.includes(id)) });
}
function schemaOf(doc: Y.Doc) {
  const agenda = meetingAgenda(doc);
  let schema = schemas.get(agenda);
  if (!schema) schemas.set(agenda, (schema = moveSchema(agenda)));
  return schema;
}

/** A1: moves the room to an activity of this meeting's agenda; only the coordination may (A3). Returns the move's key. */
export function moveAgenda(doc: Y.Doc, activityId: string, writer: Writer, now: number, key: string = newId()): string {
  if (!agendaIds(meetingAgenda(doc)).includes(activityId)) throw new MeetingInputError('noSuchActivity');
  writeSigned(doc, agendaOf(doc), schemaOf(doc), { activityId }, writer, now, key);
  return key;
}

/**
 * A4: every move is validated: its shape and activity (of this meeting's agenda), that it claims the creator's school, and that
 * the device that wrote it registered that same school (M10). Anything else is ignored and counted.
 */
export function readAgenda(doc: Y.Doc): { moves: AgendaMove[]; invalid: number } {
  const moves: AgendaMove[] = [];
  const invalid = readSigned(doc, agendaOf(doc), schemaOf(doc), (key, move) => moves.push({ key, ...move }));
  return { moves: sortMoves(moves), invalid };
}

/** The activity the room is on now, or null before the first move. */
export function currentMove(moves: readonly AgendaMove[]): AgendaMove | null {
  return moves.at(-1) ?? null;
}
