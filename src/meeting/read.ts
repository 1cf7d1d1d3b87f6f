// Y.Doc -> validated domain objects. Pure: reads, never writes. Anything that does not pass the
// schemas in src/domain/meeting.ts is skipped and counted, never thrown (rules V1-V3, docs/SYNC.md).
import * as Y from 'yjs';
import {
  CARD_KINDS,
  CardSchema,
  DEFAULT_PRESENTATION_MINUTES,
  DEFAULT_ROUND_MINUTES,
  JoinedSchoolSchema,
  MeetingMetaSchema,
  PresentationSchema,
  PROBLEM_DETAIL_FIELDS,
  RoundSchema,
  type Card,
  type CardKind,
  type JoinedSchool,
  type MeetingMeta,
  type PanelId,
  type TimerState,
} from '../domain/meeting';
import { annulledOf, cardsOf, detailsOf, editedOf, metaOf, parseStarKey, schoolsOf, starsOf, textsOf, timerOf } from './layout';

export type InvalidCounts = Partial<Record<PanelId | 'general', number>>;

const NO_STARS: readonly string[] = [];

function textOf(value: unknown): string | undefined {
  return value instanceof Y.Text ? value.toString() : undefined;
}

/** A card's info value: a JSON string of a plain object, or null for anything else. */
export function parseInfo(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string' || value.length > 20_000) return null;
  try {
    const info: unknown = JSON.parse(value);
    return info && typeof info === 'object' && !Array.isArray(info) ? (info as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readDetails(value: unknown): Record<string, string | undefined> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  return Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, textOf(value.get(f))]));
}

/** Stars grouped by card id; keys that are not "<id>|<voter>" = true are ignored (V2). */
export function readStars(doc: Y.Doc): Map<string, string[]> {
  const byCard = new Map<string, string[]>();
  starsOf(doc).forEach((v, key) => {
    const parsed = v === true ? parseStarKey(key) : null;
    if (!parsed) return;
    const list = byCard.get(parsed.cardId);
    if (list) list.push(parsed.voter);
    else byCard.set(parsed.cardId, [parsed.voter]);
  });
  for (const list of byCard.values()) list.sort();
  return byCard;
}

/**
 * One card, gathered from every root map that holds a part of it, or null when a peer sent
 * something that is not a valid card (V1). stars: from readStars (validity never depends on it).
 */
export function readCard(doc: Y.Doc, id: string, stars: ReadonlyMap<string, string[]> = new Map()): Card | null {
  const info = parseInfo(cardsOf(doc).get(id));
  if (!info) return null;
  const createdAt = info.createdAt;
  const edited = editedOf(doc).get(id);
  const annulled = annulledOf(doc).get(id);
  const raw = {
    id,
    kind: info.kind,
    text: textOf(textsOf(doc).get(id)),
    author: info.author,
    school: { name: info.schoolName, cct: info.schoolCct },
    createdAt,
    updatedAt: edited === undefined ? createdAt : edited,
    annulled: annulled === undefined ? false : annulled,
    stars: [...(stars.get(id) ?? NO_STARS)],
    column: info.column,
    team: info.team,
    parentId: info.parentId,
    aportacionKind: info.aportacionKind,
    problemId: info.problemId,
    teacher: info.teacher,
    teacherSchool: { name: info.teacherSchoolName, cct: info.teacherSchoolCct },
    details: info.kind === 'problematica' ? readDetails(detailsOf(doc).get(id)) : undefined,
    sourceId: info.sourceId,
  };
  const parsed = CardSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function readMeta(doc: Y.Doc): MeetingMeta | null {
  const parsed = MeetingMetaSchema.safeParse(metaOf(doc).toJSON());
  return parsed.success ? parsed.data : null;
}

export function readSchools(doc: Y.Doc): { schools: JoinedSchool[]; invalid: number } {
  const schools: JoinedSchool[] = [];
  let invalid = 0;
  schoolsOf(doc).forEach((value, key) => {
    const parsed = JoinedSchoolSchema.safeParse(value);
    // The key must be the school's own CCT, or two entries could claim one school.
    if (parsed.success && parsed.data.cct === key) schools.push(parsed.data);
    else invalid++;
  });
  schools.sort((a, b) => a.joinedAt - b.joinedAt || (a.cct < b.cct ? -1 : a.cct > b.cct ? 1 : 0));
  return { schools, invalid };
}

function minutes(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

export function readTimer(doc: Y.Doc): TimerState {
  const t = timerOf(doc);
  const presentation = PresentationSchema.safeParse(t.get('presentation'));
  const round = RoundSchema.safeParse(t.get('round'));
  return {
    presentation: presentation.success ? presentation.data : null,
    round: round.success ? round.data : null,
    presentationMinutes: minutes(t.get('presentationMinutes'), DEFAULT_PRESENTATION_MINUTES, 60),
    roundMinutes: minutes(t.get('roundMinutes'), DEFAULT_ROUND_MINUTES, 600),
  };
}

const KIND_PREFIX = '{"kind":"';

/** The kind each entry's info claims, read without validating: cheap, for lazy validation. */
export function kindOfRaw(value: unknown): CardKind | null {
  // Our writer puts kind first (model.ts), so a prefix read avoids parsing thousands of infos
  // on open; anything else (a peer's different key order) takes the full parse.
  if (typeof value === 'string' && value.startsWith(KIND_PREFIX)) {
    const end = value.indexOf('"', KIND_PREFIX.length);
    const fast = value.slice(KIND_PREFIX.length, end);
    if (end > 0 && (CARD_KINDS as readonly string[]).includes(fast)) return fast as CardKind;
  }
  const kind = parseInfo(value)?.kind;
  return typeof kind === 'string' && (CARD_KINDS as readonly string[]).includes(kind) ? (kind as CardKind) : null;
}

/** Card ids grouped by claimed kind, and how many entries have no readable kind. */
export function indexCards(doc: Y.Doc): { ids: Map<CardKind, string[]>; unreadable: number } {
  const ids = new Map<CardKind, string[]>();
  let unreadable = 0;
  cardsOf(doc).forEach((value, id) => {
    const kind = kindOfRaw(value);
    if (!kind) unreadable++;
    else {
      const list = ids.get(kind);
      if (list) list.push(id);
      else ids.set(kind, [id]);
    }
  });
  return { ids, unreadable };
}
