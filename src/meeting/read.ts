// Y.Doc -> validated domain objects. Pure: reads, never writes. Anything that does not pass the
// schemas in src/domain/meeting.ts is skipped and counted, never thrown (rules V1-V3, docs/SYNC.md).
import * as Y from 'yjs';
import type { z } from 'zod';
import {
  CARD_KINDS,
  JoinedSchoolSchema,
  SchoolRefSchema,
  MeetingMetaSchema,
  type CardKind,
  type SchoolRef,
  type JoinedSchool,
  type MeetingMeta,
  type PanelId,
} from '../domain/meeting';
import {
  DEFAULT_PRESENTATION_MINUTES,
  DEFAULT_ROUND_MINUTES,
  PresentationSchema,
  RoundSchema,
  type TimerState,
} from '../domain/meetingTimerState';
import { isValidCct } from '../domain/school';
import { cardsOf, metaOf, schoolsOf, timerOf, writersOf } from './layout';

export type InvalidCounts = Partial<Record<PanelId | 'general', number>>;

import { SIDE_FIELDS, type SideField, type DamageCounts } from '../domain/meeting';
export { SIDE_FIELDS, type SideField, type DamageCounts };

export function addDamage(into: DamageCounts, fields: Iterable<SideField>): void {
  for (const f of fields) into[f] = (into[f] ?? 0) + 1;
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

/** Registered writers (M10); entries that are not { schoolCct } with a decimal key are ignored. */
export function readWriters(doc: Y.Doc): Map<number, string> {
  const out = new Map<number, string>();
  writersOf(doc).forEach((v, key) => {
    const cct = v && typeof v === 'object' ? (v as Record<string, unknown>).schoolCct : undefined;
    const client = Number(key);
    if (typeof cct === 'string' && /^\d{1,10}$/.test(key) && isValidCct(cct)) out.set(client, cct);
  });
  return out;
}

/** The school that created the meeting (meta creatorName / creatorCct), or null (older meetings). */
export function readCreator(doc: Y.Doc): SchoolRef | null {
  const m = metaOf(doc);
  const parsed = SchoolRefSchema.safeParse({ name: m.get('creatorName'), cct: m.get('creatorCct') });
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

/** The timer; each bad key reads as its default (or `previous`'s value) and is counted (V3, V4). */
export function readTimerCounted(doc: Y.Doc, previous?: TimerState): { timer: TimerState; invalid: number } {
  const t = timerOf(doc);
  let invalid = 0;
  const pick = <T>(key: string, ok: (v: unknown) => T | undefined, fallback: T): T => {
    const v = t.get(key);
    const good = v === undefined || v === null ? undefined : ok(v);
    if (good !== undefined) return good;
    if (v !== undefined && v !== null) invalid++;
    return v === null ? fallback : previous ? (previous[key as keyof TimerState] as T) : fallback;
  };
  const schemaOk =
    <T>(schema: z.ZodType<T>) =>
    (v: unknown) => {
      const r = schema.safeParse(v);
      return r.success ? r.data : undefined;
    };
  const minutesOk = (max: number) => (v: unknown) => (minutes(v, -1, max) > 0 ? (v as number) : undefined);
  const timer: TimerState = {
    presentation: pick<TimerState['presentation']>('presentation', schemaOk(PresentationSchema), null),
    round: pick<TimerState['round']>('round', schemaOk(RoundSchema), null),
    presentationMinutes: pick('presentationMinutes', minutesOk(60), DEFAULT_PRESENTATION_MINUTES),
    roundMinutes: pick('roundMinutes', minutesOk(600), DEFAULT_ROUND_MINUTES),
  };
  return { timer, invalid };
}

export function readTimer(doc: Y.Doc): TimerState {
  return readTimerCounted(doc).timer;
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
