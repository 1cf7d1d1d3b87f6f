// Entries the coordination signs (A3, A4, M14, docs/SYNC.md): the agenda's moves and the star
// budget are each a key of their own in a map, carrying when, who and for which school. One place
// for who the coordination is, for writing such an entry (only the coordination may, and the device
// registers its writer in the same transaction, M10) and for reading them back as untrusted: a value
// counts only if it has the shape, claims a coordinating school and was written by a device that
// registered that same school.
import type * as Y from 'yjs';
import { z } from 'zod';
import { MAX_NAME, type Writer } from '../domain/meeting';
import { MeetingInputError } from './errors';
import { registerWriter } from './ownership';
import { readCreator, readWriters } from './read';
import { readRoles } from './roles';
import { wellFormed } from './textDiff';

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

/** The signature every coordination entry carries, added to its own fields. */
export function signedSchema<T extends z.ZodRawShape>(fields: T) {
  return z.object({
    ...fields,
    at: z.number().int().nonnegative().max(8.64e15),
    author: z.string().min(1).max(MAX_NAME),
    schoolName: z.string().min(1).max(MAX_NAME),
    schoolCct: z.string().min(1).max(MAX_NAME),
  });
}

/** Writes `fields`, signed by `writer` at `now`, under `key`; only the coordination may (A3). */
export function writeSigned(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  schema: z.ZodType,
  fields: Record<string, unknown>,
  writer: Writer,
  now: number,
  key: string,
): void {
  if (!isCoordinator(doc, writer)) throw new MeetingInputError('notCoordinator');
  const value = {
    ...fields,
    at: now,
    author: wellFormed(writer.author.trim()),
    schoolName: wellFormed(writer.school.name),
    schoolCct: writer.school.cct,
  };
  if (!schema.safeParse(value).success) throw new MeetingInputError('invalidMeta');
  doc.transact(() => {
    registerWriter(doc, writer);
    map.set(key, value);
  });
}

/** Hands every valid entry of `map` to `onValid` (A4, M14); returns how many were ignored. */
export function readSigned<T extends { schoolCct: string }>(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  schema: z.ZodType<T>,
  onValid: (key: string, value: T) => void,
): number {
  const coordinating = coordinatingCcts(doc);
  const writers = readWriters(doc);
  let invalid = 0;
  map.forEach((value, key) => {
    const parsed = schema.safeParse(value);
    const client = map._map.get(key)?.id.client;
    const ok =
      parsed.success &&
      key.length <= 100 &&
      coordinating.has(parsed.data.schoolCct) &&
      client !== undefined &&
      writers.get(client) === parsed.data.schoolCct;
    if (ok) onValid(key, parsed.data);
    else invalid++;
  });
  return invalid;
}
