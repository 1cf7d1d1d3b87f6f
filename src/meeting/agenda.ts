// The agenda in the meeting document (rules A1-A4, docs/SYNC.md): each move of the room to an
// activity is its own key, so two coordinators moving at once both stay and every device derives
// the same current activity and time used. Anything read is untrusted and checked move by move.
import type * as Y from 'yjs';
import { z } from 'zod';
import { agendaIds, sessionAgenda, sortMoves, stepOf, type AgendaMove, type AgendaPart } from '../domain/agenda';
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
  // `step` is checked apart (readAgenda): a step this build does not know drops the step, not the move.
  return signedSchema({ activityId: z.string().refine((id) => ids.includes(id)), step: z.unknown().optional() });
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
 * A1: moves the room to a later activity of the guide inside one of the agenda's (activity 8 within
 * the tabla's 7-9): a move to `activityId` that also says `step`, so a build that does not know
 * steps still reads a valid move to the activity (its schema drops keys it does not know).
 */
export function moveAgendaToStep(doc: Y.Doc, activityId: string, step: number, writer: Writer, now: number, key: string = newId()): string {
  if (!stepOf(activityId, step) || !agendaIds(meetingAgenda(doc)).includes(activityId)) throw new MeetingInputError('noSuchActivity');
  writeSigned(doc, agendaOf(doc), schemaOf(doc), { activityId, step }, writer, now, key);
  return key;
}

/**
 * A4: every move is validated: its shape and activity (of this meeting's agenda), that it claims the creator's school, and that
 * the device that wrote it registered that same school (M10). Anything else is ignored and counted; so is
 * a step that is not one of the activity's (the move counts without it).
 */
export function readAgenda(doc: Y.Doc): { moves: AgendaMove[]; invalid: number } {
  const moves: AgendaMove[] = [];
  let badSteps = 0;
  const invalid = readSigned(doc, agendaOf(doc), schemaOf(doc), (key, { step, ...move }) => {
    if (step !== undefined && stepOf(move.activityId, step)) return void moves.push({ key, ...move, step: step as number });
    // A step that is not one of the activity's is dropped and counted; the move still counts, as
    // it does on a build without steps.
    if (step !== undefined) badSteps++;
    moves.push({ key, ...move });
  });
  return { moves: sortMoves(moves), invalid: invalid + badSteps };
}

/** The activity the room is on now, or null before the first move. */
export function currentMove(moves: readonly AgendaMove[]): AgendaMove | null {
  return moves.at(-1) ?? null;
}
