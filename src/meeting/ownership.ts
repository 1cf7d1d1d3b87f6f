// Who may change which card (rules M10-M13, docs/SYNC.md). One place for the rule, used by the
// writers (model.ts refuses) and by the cards on screen (they offer only what is allowed).
import * as Y from 'yjs';
import { validateAnnulReason } from '../domain/record';
import type { Card, SchoolRef, Writer } from '../domain/meeting';
import { schoolsOf, writersOf } from './layout';

/** M10: a school edits only its own cards. */
export function canEdit(card: Pick<Card, 'school'>, writer: Pick<Writer, 'school'> | null): boolean {
  return !!writer && writer.school.cct === card.school.cct;
}

/** M10/M12: a school annuls or restores its own cards; the meeting's creator may annul any card, with a reason. */
export function annulRight(
  card: Pick<Card, 'school'>,
  writer: Pick<Writer, 'school'> | null,
  creator: SchoolRef | null,
): 'own' | 'creator' | null {
  if (!writer) return null;
  if (writer.school.cct === card.school.cct) return 'own';
  return creator && creator.cct === writer.school.cct ? 'creator' : null;
}

/** A creator's annulment of another school's card needs a reason of at least 5 characters. */
export const annulReasonProblem = validateAnnulReason;

/** M13: a school adds cards only once it has joined. */
export function hasJoined(doc: Y.Doc, cct: string): boolean {
  const entry = schoolsOf(doc).get(cct);
  return !!entry && typeof entry === 'object' && (entry as Record<string, unknown>).cct === cct;
}

/**
 * M10: a device says once per session which person of which school writes from it, so every
 * reader can tell whose Yjs items are whose (item ids carry the device's client id). Call inside
 * the write's transaction.
 */
export function registerWriter(doc: Y.Doc, writer: Writer): void {
  const writers = writersOf(doc);
  const key = String(doc.clientID);
  const current = writers.get(key) as Record<string, unknown> | undefined;
  if (current && current.schoolCct === writer.school.cct && current.author === writer.author && current.schoolName === writer.school.name)
    return;
  writers.set(key, { author: writer.author, schoolName: writer.school.name, schoolCct: writer.school.cct });
}
