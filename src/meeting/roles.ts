// Who does what in the meeting (issue 19, item 3; rules A5-A7, docs/SYNC.md): a representative per
// school who records, a moderator per team, and the coordinating schools. Each role is one key
// (last writer wins); reads check that the device that wrote it had the right to (M10-style).
import * as Y from 'yjs';
import { z } from 'zod';
import { MAX_NAME, TEAMS, type Team, type Writer } from '../domain/meeting';
import { MeetingInputError } from './errors';
import { rolesOf } from './layout';
import { hasJoined, registerWriter } from './ownership';
import { readCreator, readWriters } from './read';
import { wellFormed } from './textDiff';

const PersonSchema = z.object({
  author: z.string().min(1).max(MAX_NAME),
  schoolName: z.string().min(1).max(MAX_NAME),
  schoolCct: z.string().min(1).max(MAX_NAME),
  at: z.number().int().nonnegative().max(8.64e15),
});
type RolePerson = z.infer<typeof PersonSchema>;

export interface MeetingRoles {
  /** CCT -> the person who records for that school (activity 3). */
  representatives: Map<string, RolePerson>;
  /** Team -> its moderator (activity 27). */
  moderators: Map<Team, RolePerson>;
  /** CCTs of the coordinating schools besides the creator (activity 1, note 1). */
  coordinators: Set<string>;
  invalid: number;
}

function person(writer: Writer, now: number): RolePerson {
  const p = { author: wellFormed(writer.author.trim()), schoolName: wellFormed(writer.school.name), schoolCct: writer.school.cct, at: now };
  if (!PersonSchema.safeParse(p).success) throw new MeetingInputError('invalidMeta');
  return p;
}

/** A5: a school names its own representative (a person of that school, usually the one writing). */
export function setRepresentative(doc: Y.Doc, representative: string, writer: Writer, now: number): void {
  if (!hasJoined(doc, writer.school.cct)) throw new MeetingInputError('notJoined');
  const p = person({ ...writer, author: representative }, now);
  doc.transact(() => {
    registerWriter(doc, writer);
    rolesOf(doc).set(`representante|${writer.school.cct}`, p);
  });
}

/** A6: any joined school's person may name a team's moderator (the team agrees it aloud). */
export function setModerator(doc: Y.Doc, team: Team, moderator: Writer, writer: Writer, now: number): void {
  if (!TEAMS.includes(team)) throw new MeetingInputError('invalidMeta');
  if (!hasJoined(doc, writer.school.cct) || !hasJoined(doc, moderator.school.cct)) throw new MeetingInputError('notJoined');
  const p = person(moderator, now);
  doc.transact(() => {
    registerWriter(doc, writer);
    rolesOf(doc).set(`moderador|${team}`, p);
  });
}

/** A7: the creator names (or un-names) another joined school as coordinating. */
export function setCoordinator(doc: Y.Doc, cct: string, on: boolean, writer: Writer, now: number): void {
  if (readCreator(doc)?.cct !== writer.school.cct) throw new MeetingInputError('notCoordinator');
  if (!hasJoined(doc, cct)) throw new MeetingInputError('notJoined');
  const p = person(writer, now);
  doc.transact(() => {
    registerWriter(doc, writer);
    rolesOf(doc).set(`coordinador|${cct}`, on ? p : null);
  });
}

/** A5-A7 on read: bad shapes, unknown keys and values from a device without the right are ignored and counted. */
export function readRoles(doc: Y.Doc): MeetingRoles {
  const roles = rolesOf(doc);
  const writers = readWriters(doc);
  const creatorCct = readCreator(doc)?.cct ?? null;
  const out: MeetingRoles = { representatives: new Map(), moderators: new Map(), coordinators: new Set(), invalid: 0 };
  roles.forEach((value, key) => {
    const client = roles._map.get(key)?.id.client;
    const by = client === undefined ? undefined : writers.get(client);
    const [role, target] = key.split('|');
    if (role === 'coordinador' && value === null && by === creatorCct) return;
    const parsed = PersonSchema.safeParse(value);
    if (!parsed.success || !by || !target) {
      out.invalid++;
      return;
    }
    const p = parsed.data;
    const team = Number(target) as Team;
    if (role === 'representante' && target === p.schoolCct && by === target) out.representatives.set(target, p);
    else if (role === 'moderador' && TEAMS.includes(team) && String(team) === target && hasJoined(doc, by)) out.moderators.set(team, p);
    else if (role === 'coordinador' && by === creatorCct && creatorCct !== null && p.schoolCct === creatorCct) out.coordinators.add(target);
    else out.invalid++;
  });
  return out;
}

const samePerson = (p: RolePerson | undefined, cct: string, author: string) =>
  !!p && p.schoolCct === cct && p.author.trim().toLowerCase() === author.trim().toLowerCase();

/** The team this person moderates (activity 27), the lowest if several: the moderator's view opens on it. */
export function teamModeratedBy(roles: MeetingRoles, cct: string, author: string): Team | null {
  return TEAMS.find((team) => samePerson(roles.moderators.get(team), cct, author)) ?? null;
}

/** The roles a card's author holds, for the card and the printed meeting. */
export function rolesOfPerson(roles: MeetingRoles, cct: string, author: string): ('representante' | 'moderador')[] {
  const same = (p: RolePerson | undefined) => samePerson(p, cct, author);
  const out: ('representante' | 'moderador')[] = [];
  if (same(roles.representatives.get(cct))) out.push('representante');
  if ([...roles.moderators.values()].some(same)) out.push('moderador');
  return out;
}
