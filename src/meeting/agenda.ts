// The agenda in the meeting document (rules A1-A4, docs/SYNC.md): each move of the room to an
// activity is its own key, so two coordinators moving at once both stay and every device derives
// the same current activity and time used. Anything read is untrusted and checked move by move.
import type * as Y from 'yjs';
import { z } from 'zod';
import { AGENDA_IDS, sortMoves, type AgendaMove } from '../domain/agenda';
import type { Writer } from '../domain/meeting';
import { newId } from '../domain/ids';
import { readSigned, signedSchema, writeSigned } from './coordination';
import { MeetingInputError } from './errors';
import { agendaOf } from './layout';

const MoveSchema = signedSchema({ activityId: z.string().refine((id) => AGENDA_IDS.includes(id)) });

/** A1: moves the room to an activity; only the coordination may (A3). Returns the move's key. */
export function moveAgenda(doc: Y.Doc, activityId: string, writer: Writer, now: number, key: string = newId()): string {
  if (!AGENDA_IDS.includes(activityId)) throw new MeetingInputError('noSuchActivity');
  writeSigned(doc, agendaOf(doc), MoveSchema, { activityId }, writer, now, key);
  return key;
}

/**
 * A4: every move is validated: its shape and activity, that it claims the creator's school, and that
 * the device that wrote it registered that same school (M10). Anything else is ignored and counted.
 */
export function readAgenda(doc: Y.Doc): { moves: AgendaMove[]; invalid: number } {
  const moves: AgendaMove[] = [];
  const invalid = readSigned(doc, agendaOf(doc), MoveSchema, (key, move) => moves.push({ key, ...move }));
  return { moves: sortMoves(moves), invalid };
}

/** The activity the room is on now, or null before the first move. */
export function currentMove(moves: readonly AgendaMove[]): AgendaMove | null {
  return moves.at(-1) ?? null;
}
