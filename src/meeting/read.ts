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
  PANEL_OF_KIND,
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
import { annulledOf, CARD_KEYS as K, cardsOf, editedOf, metaOf, parseStarKey, schoolsOf, starsOf, timerOf } from './layout';

export type InvalidCounts = Partial<Record<PanelId | 'general', number>>;

/** What a card's validity depends on besides its own map: its entries in the root maps. */
export interface CardExtras {
  annulled: unknown;
  edited: unknown;
  stars: readonly string[];
}

const NO_STARS: readonly string[] = [];

function textOf(value: unknown): string | undefined {
  return value instanceof Y.Text ? value.toString() : undefined;
}

function infoOf(value: unknown): Record<string, unknown> | null {
  if (!(value instanceof Y.Map)) return null;
  const info: unknown = value.get(K.info);
  return info && typeof info === 'object' && !Array.isArray(info) && !(info instanceof Y.AbstractType)
    ? (info as Record<string, unknown>)
    : null;
}

function detailsOf(value: unknown): Record<string, string | undefined> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  return Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, textOf(value.get(f))]));
}

/** The panel an invalid card would have shown in, so the count appears where it is missing. */
export function panelOfRaw(value: unknown): PanelId | 'general' {
  const kind = infoOf(value)?.kind;
  return typeof kind === 'string' && (CARD_KINDS as readonly string[]).includes(kind)
    ? PANEL_OF_KIND[kind as CardKind]
    : 'general';
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

export function extrasFor(doc: Y.Doc, id: string, stars: Map<string, string[]>): CardExtras {
  return { annulled: annulledOf(doc).get(id), edited: editedOf(doc).get(id), stars: stars.get(id) ?? NO_STARS };
}

/** One card, or null when a peer sent something that is not a valid card (V1). */
export function readCard(id: string, value: unknown, extras: CardExtras): Card | null {
  const info = infoOf(value);
  if (!info) return null;
  const m = value as Y.Map<unknown>;
  const createdAt = info.createdAt;
  const raw = {
    id,
    kind: info.kind,
    text: textOf(m.get(K.text)),
    author: info.author,
    school: { name: info.schoolName, cct: info.schoolCct },
    createdAt,
    updatedAt: extras.edited === undefined ? createdAt : extras.edited,
    annulled: extras.annulled === undefined ? false : extras.annulled,
    stars: [...extras.stars],
    column: info.column,
    team: info.team,
    parentId: info.parentId,
    aportacionKind: info.aportacionKind,
    problemId: info.problemId,
    teacher: info.teacher,
    teacherSchool: { name: info.teacherSchoolName, cct: info.teacherSchoolCct },
    details: info.kind === 'problematica' ? detailsOf(m.get(K.details)) : undefined,
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

/** Every card of the document, valid ones and the count of invalid ones per panel. */
export function readCards(doc: Y.Doc): { cards: Card[]; invalid: InvalidCounts } {
  const cards: Card[] = [];
  const invalid: InvalidCounts = {};
  const stars = readStars(doc);
  cardsOf(doc).forEach((value, id) => {
    const card = readCard(id, value, extrasFor(doc, id, stars));
    if (card) cards.push(card);
    else {
      const panel = panelOfRaw(value);
      invalid[panel] = (invalid[panel] ?? 0) + 1;
    }
  });
  return { cards, invalid };
}
