// The agenda in the meeting document (rules A1-A4, docs/SYNC.md): each move of the room to an
// activity is its own key, so two coordinators moving at once both stay and every device derives
// the same current activity and time used. Anything read is untrusted and checked move by move.
import * as Y from 'yjs';
import { z } from 'zod';
import { AGENDA_IDS, sortMoves, type AgendaMove } from '../domain/agenda';
import { MAX_NAME, type Writer } from '../domain/meeting';
import { newId } from '../domain/ids';
import { MeetingInputError } from './errors';
import { agendaOf } from './layout';
import { registerWriter } from './ownership';
import { readCreator, readWriters } from './read';
import { wellFormed } from './textDiff';
import { readRoles } from './roles';

const MoveSchema = z.object({
  activityId: z.string().refine((id) => AGENDA_IDS.includes(id)),
  at: z.number().int().nonnegative().max(8.64e15),
  author: z.string().min(1).max(MAX_NAME),
  schoolName: z.string().min(1).max(MAX_NAME),
  schoolCct: z.string().min(1).max(MAX_NAME),
});

/** A3: the coordinating directors: the school that created the meeting (M12) and those it named (A7). */
export function isCoordinator(doc: Y.Doc, writer: Pick<Writer, 'school'> | null): boolean {
  return !!writer && coordinatingCcts(doc).has(writer.school.cct);
}

export function coordinatingCcts(doc: Y.Doc): Set<string> {
  const creator = readCreator(doc);
  const out = new Set(readRoles(doc).coordinators);
  if (creator) out.add(creator.cct);
  else out.clear(); // No creator, no coordination (A3).
  return out;
}

/** A1: moves the room to an activity; only the coordination may (A3). Returns the move's key. */
export function moveAgenda(doc: Y.Doc, activityId: string, writer: Writer, now: number, key: string = newId()): string {
  if (!AGENDA_IDS.includes(activityId)) throw new MeetingInputError('noSuchActivity');
  if (!isCoordinator(doc, writer)) throw new MeetingInputError('notCoordinator');
  const move = {
    activityId,
    at: now,
    author: wellFormed(writer.author.trim()),
    schoolName: wellFormed(writer.school.name),
    schoolCct: writer.school.cct,
  };
  if (!MoveSchema.safeParse(move).success) throw new MeetingInputError('invalidMeta');
  doc.transact(() => {
    registerWriter(doc, writer);
    agendaOf(doc).set(key, move);
  });
  return key;
}

function itemClient(map: Y.Map<unknown>, key: string): number | undefined {
  return map._map.get(key)?.id.client;
}

/**
 * A4: every move is validated: its shape and activity, that it claims the creator's school, and that
 * the device that wrote it registered that same school (M10). Anything else is ignored and counted.
 */
export function readAgenda(doc: Y.Doc): { moves: AgendaMove[]; invalid: number } {
  const agenda = agendaOf(doc);
  const coordinating = coordinatingCcts(doc);
  const writers = readWriters(doc);
  const moves: AgendaMove[] = [];
  let invalid = 0;
  agenda.forEach((value, key) => {
    const parsed = MoveSchema.safeParse(value);
    const client = itemClient(agenda, key);
    const ok =
      parsed.success &&
      key.length <= 100 &&
      coordinating.has(parsed.data.schoolCct) &&
      client !== undefined &&
      writers.get(client) === parsed.data.schoolCct;
    if (ok) moves.push({ key, ...parsed.data });
    else invalid++;
  });
  return { moves: sortMoves(moves), invalid };
}

/** The activity the room is on now, or null before the first move. */
export function currentMove(moves: readonly AgendaMove[]): AgendaMove | null {
  return moves.at(-1) ?? null;
}
