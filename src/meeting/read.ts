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
import { CARD_KEYS as K, cardsOf, metaOf, schoolsOf, timerOf } from './layout';

export type InvalidCounts = Partial<Record<PanelId | 'general', number>>;

function textOf(value: unknown): string | undefined {
  return value instanceof Y.Text ? value.toString() : undefined;
}

function starsOf(value: unknown): string[] | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  const keys: string[] = [];
  // A star is a key set to true; anything else a peer put there is not a star (V2).
  value.forEach((v, key) => {
    if (v === true && key.length <= 300) keys.push(key);
  });
  return keys.sort();
}

function detailsOf(value: unknown): Record<string, string | undefined> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  return Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, textOf(value.get(f))]));
}

/** The panel an invalid card would have shown in, so the count appears where it is missing. */
export function panelOfRaw(value: unknown): PanelId | 'general' {
  const kind = value instanceof Y.Map ? value.get(K.kind) : undefined;
  return typeof kind === 'string' && (CARD_KINDS as readonly string[]).includes(kind)
    ? PANEL_OF_KIND[kind as CardKind]
    : 'general';
}

/** One card, or null when a peer sent something that is not a valid card (V1). */
export function readCard(id: string, value: unknown): Card | null {
  if (!(value instanceof Y.Map)) return null;
  const m = value as Y.Map<unknown>;
  const raw = {
    id,
    kind: m.get(K.kind),
    text: textOf(m.get(K.text)),
    author: m.get(K.author),
    school: { name: m.get(K.schoolName), cct: m.get(K.schoolCct) },
    createdAt: m.get(K.createdAt),
    updatedAt: m.get(K.updatedAt),
    annulled: m.get(K.annulled),
    stars: starsOf(m.get(K.stars)),
    column: m.get(K.column),
    team: m.get(K.team),
    parentId: m.get(K.parentId),
    aportacionKind: m.get(K.aportacionKind),
    problemId: m.get(K.problemId),
    teacher: m.get(K.teacher),
    teacherSchool: { name: m.get(K.teacherSchoolName), cct: m.get(K.teacherSchoolCct) },
    details: detailsOf(m.get(K.details)),
    sourceId: m.get(K.sourceId),
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
  cardsOf(doc).forEach((value, id) => {
    const card = readCard(id, value);
    if (card) cards.push(card);
    else {
      const panel = panelOfRaw(value);
      invalid[panel] = (invalid[panel] ?? 0) + 1;
    }
  });
  return { cards, invalid };
}
