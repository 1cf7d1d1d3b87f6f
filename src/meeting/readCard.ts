// One card out of a Y.Doc: gathered from every root map that holds a part of it and validated
// (V1), with side-map values checked one by one (V4) and who wrote what checked against the
// card's school (M10-M13). Pure: reads, never writes.
import * as Y from 'yjs';
import type { z } from 'zod';
import { ActorSchema, AnnulmentSchema, CardSchema, MAX_TEXT, PROBLEM_DETAIL_FIELDS, type Actor, type Card } from '../domain/meeting';
import { annulledOf, annulNotesOf, cardsOf, detailsOf, editedOf, editsOf, textsOf } from './layout';
import { parseInfo, readCreator, readSchools, readWriters, type SideField } from './read';
import { NO_STARS as NO_STARS_READ, readStarsCounted, type StarsRead } from './stars';

const NO_STARS: readonly string[] = [];

/** What every card's read needs from the rest of the document (cheap to build, shared per snapshot). */
export interface ReadContext {
  /** Stars that count and stars over their voter's budget, per card (M5, M14). */
  stars: Pick<StarsRead, 'byCard' | 'over'>;
  /** Yjs client id -> the CCT its writer registered (M10). */
  writers: ReadonlyMap<number, string>;
  /** CCTs of the schools that joined (M13). */
  joined: ReadonlySet<string>;
  /** The CCT of the school that created the meeting, if recorded (M12). */
  creatorCct: string | null;
}

export function readContext(doc: Y.Doc, stars: Pick<StarsRead, 'byCard' | 'over'> = readStarsCounted(doc)): ReadContext {
  return {
    stars,
    writers: readWriters(doc),
    joined: new Set(readSchools(doc).schools.map((s) => s.cct)),
    creatorCct: readCreator(doc)?.cct ?? null,
  };
}

/**
 * One card, gathered from every root map that holds a part of it (V1). Its info is the card: a bad
 * info skips it. A bad value in a side map is ignored and named in `damaged` (V4); the field then
 * keeps `previous`'s value (what this screen last showed) or its default.
 */
export function readCardChecked(
  doc: Y.Doc,
  id: string,
  ctx: ReadContext,
  previous?: Card | null,
): { card: Card | null; damaged: SideField[] } {
  const damaged: SideField[] = [];
  const info = parseInfo(cardsOf(doc).get(id));
  if (!info) return { card: null, damaged };
  const createdAt = info.createdAt;
  const cct = typeof info.schoolCct === 'string' ? info.schoolCct : '';
  const owner = ownerOf(doc, id, cct, ctx);
  const ytext = textsOf(doc).get(id);
  let text: string;
  if (ytext instanceof Y.Text && ytext.length <= MAX_TEXT) text = ytext.toString();
  else {
    damaged.push('texts');
    text = previous?.text ?? '';
  }
  let foreignText = ytext instanceof Y.Text ? owner.foreignIn(ytext) : undefined;
  let details: Record<string, string> | undefined;
  if (info.kind === 'problematica') {
    const read = readDetails(detailsOf(doc).get(id), previous, owner);
    details = read.details;
    if (read.damaged) damaged.push('details');
    foreignText ??= read.foreign;
  }
  const edited = editedOf(doc).get(id);
  let updatedAt: unknown = createdAt;
  if (isTime(edited)) updatedAt = edited;
  else if (edited !== undefined) {
    damaged.push('edited');
    updatedAt = previous?.updatedAt ?? createdAt;
  }
  const editedBy = readActor(editsOf(doc).get(id), ActorSchema, damaged, 'edits', previous?.editedBy);
  const annul = readAnnulled(doc, id, owner, ctx, damaged, previous);
  const raw = {
    id,
    kind: info.kind,
    text,
    author: info.author,
    school: { name: info.schoolName, cct: info.schoolCct },
    createdAt,
    updatedAt,
    annulled: annul.annulled,
    stars: [...(ctx.stars.byCard.get(id) ?? NO_STARS)],
    ...(ctx.stars.over.has(id) ? { overStars: [...ctx.stars.over.get(id)!] } : {}),
    column: info.column,
    contribution: info.contribution,
    about: info.about,
    team: info.team,
    coincidesWith: info.coincidesWith,
    prompt: info.prompt,
    question: info.question,
    parentId: info.parentId,
    aportacionKind: info.aportacionKind,
    problemId: info.problemId,
    teacher: info.teacher,
    teacherSchool: { name: info.teacherSchoolName, cct: info.teacherSchoolCct },
    details,
    sourceId: info.sourceId,
    responsible: info.responsible,
    dueDate: info.dueDate,
    showResults: info.showResults,
    ...(editedBy ? { editedBy } : {}),
    ...(foreignText ? { foreignText } : {}),
    ...(annul.annulment ? { annulment: annul.annulment } : {}),
    ...(annul.ignored ? { annulIgnored: true } : {}),
    ...(ctx.joined.has(cct) ? {} : { schoolNotJoined: true }),
  };
  const parsed = CardSchema.safeParse(raw);
  return { card: parsed.success ? parsed.data : null, damaged: parsed.success ? damaged : [] };
}

/** The validated card or null, for writers that check a card exists (model.ts). */
export function readCard(doc: Y.Doc, id: string, ctx: ReadContext = readContext(doc, NO_STARS_READ)): Card | null {
  return readCardChecked(doc, id, ctx).card;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function readDetails(value: unknown, previous: Card | null | undefined, owner: Owner) {
  const before = previous?.kind === 'problematica' ? previous.details : undefined;
  const map = value instanceof Y.Map ? value : null;
  let damaged = !map;
  let foreign: ForeignText | undefined;
  const details: Record<string, string> = {};
  for (const f of PROBLEM_DETAIL_FIELDS) {
    const t = map?.get(f);
    if (t instanceof Y.Text && t.length <= MAX_TEXT) {
      details[f] = t.toString();
      foreign ??= owner.foreignIn(t);
    } else {
      if (map) damaged = true;
      details[f] = before?.[f] ?? '';
    }
  }
  return { details, damaged, foreign };
}

/** An { author, schoolName, schoolCct, at } value as an Actor; bad values keep the previous one (V4). */
function readActor<T extends z.ZodType<Actor>>(
  value: unknown,
  schema: T,
  damaged: SideField[],
  field: SideField,
  previous: z.infer<T> | undefined,
): z.infer<T> | undefined {
  if (value === undefined) return undefined;
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const parsed = schema.safeParse({ ...v, school: { name: v.schoolName, cct: v.schoolCct } });
  if (parsed.success) return parsed.data;
  damaged.push(field);
  return previous;
}

function readAnnulled(doc: Y.Doc, id: string, owner: Owner, ctx: ReadContext, damaged: SideField[], previous: Card | null | undefined) {
  const value = annulledOf(doc).get(id);
  const noteValue = annulNotesOf(doc).get(id);
  const note = readActor(noteValue, AnnulmentSchema, damaged, 'annulNotes', previous?.annulment);
  if (value === undefined) return { annulled: false };
  if (typeof value !== 'boolean') {
    damaged.push('annulled');
    return { annulled: previous?.annulled ?? false, annulment: previous?.annulment };
  }
  // M10: only the card's school, or the meeting's creator, may annul or restore it.
  const by = owner.classify(itemClient(annulledOf(doc), id));
  if (by === 'other' && owner.cctOf(itemClient(annulledOf(doc), id)) !== ctx.creatorCct) return { annulled: false, ignored: true };
  return { annulled: value, annulment: value ? note : undefined };
}

type ForeignText = 'otherSchool' | 'unknownDevice';
interface Owner {
  classify(client: number | undefined): 'own' | 'other' | 'unknown';
  cctOf(client: number | undefined): string | undefined;
  /** Whether a text shows writing from outside the card's school (M10, read side). */
  foreignIn(text: Y.Text): ForeignText | undefined;
}

/** The Yjs client that wrote a map key's current value (Yjs keeps it on the item). */
function itemClient(map: Y.Map<unknown>, key: string): number | undefined {
  return map._map.get(key)?.id.client;
}

function ownerOf(doc: Y.Doc, id: string, cct: string, ctx: ReadContext): Owner {
  const creatorClient = itemClient(cardsOf(doc), id);
  const classify = (client: number | undefined) => {
    if (client === undefined || client === creatorClient) return 'own' as const;
    const w = ctx.writers.get(client);
    return w === undefined ? ('unknown' as const) : w === cct ? ('own' as const) : ('other' as const);
  };
  return {
    classify,
    cctOf: (client) => (client === undefined ? undefined : client === creatorClient ? cct : ctx.writers.get(client)),
    foreignIn(text) {
      let found: ForeignText | undefined;
      // Visible pieces of the text and the device that inserted each (deletions carry no author).
      for (let item = text._start; item && found !== 'otherSchool'; item = item.right) {
        if (item.deleted) continue;
        const c = classify(item.id.client);
        if (c === 'other') found = 'otherSchool';
        else if (c === 'unknown') found = 'unknownDevice';
      }
      return found;
    },
  };
}
