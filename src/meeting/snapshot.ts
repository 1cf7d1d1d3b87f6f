// The whole meeting as the UI sees it: validated cards grouped by kind, oldest first.
// Validation is lazy per kind: opening a 5,000-card meeting validates only the cards of the panel
// on screen; a panel's cards are validated (once per snapshot) the first time something reads
// them. Meta, schools and timer are small and read eagerly.
import type * as Y from 'yjs';
import {
  CARD_KINDS,
  compareCards,
  PANEL_OF_KIND,
  PANELS,
  type Card,
  type CardKind,
  type CardOf,
  type JoinedSchool,
  type MeetingMeta,
  type PanelId,
  type SchoolRef,
} from '../domain/meeting';
import type { TimerState } from '../domain/meetingTimerState';
import {
  addDamage,
  indexCards,
  readCreator,
  readMeta,
  readSchools,
  readTimerCounted,
  type DamageCounts,
  type InvalidCounts,
  type SideField,
} from './read';
import { readCardChecked, readContext } from './readCard';
import { readStarsCounted, starsLeft, type StarsRead } from './stars';

interface CardSource {
  /** Card ids by the kind their info claims (not validated yet). */
  ids: ReadonlyMap<CardKind, readonly string[]>;
  /** Entries whose kind cannot even be read: counted under 'general'. */
  unreadable: number;
  /** The validated card, or null (V1), and the side fields it had to ignore (V4). May cache. */
  read(id: string): { card: Card | null; damaged: readonly SideField[] };
  /** Bad values outside the cards: stars, schools, timer (V4). */
  damagedGeneral: DamageCounts;
  timer: TimerState;
  schools: { schools: JoinedSchool[]; invalid: number };
  stars: StarsRead;
}

export interface MeetingSnapshot {
  meta: MeetingMeta | null;
  /** The school that created the meeting (may annul any card, M12), or null for older meetings. */
  creator: SchoolRef | null;
  schools: JoinedSchool[];
  timer: TimerState;
  /** Stars each person has for the aportaciones (M14). */
  starBudget: number;
  /** How many of them this person (voter key) has left. */
  starsLeft(voter: string): number;
  /** Entries per panel before validation: cheap, for the tab counts. */
  rawCounts: Record<PanelId, number>;
  /** Valid cards per kind, oldest first (validated on first read of each kind). */
  byKind: { readonly [K in CardKind]: CardOf<K>[] };
  /** Skipped entries in one panel ('general' = entries of no readable kind). */
  invalidIn(panel: PanelId | 'general'): number;
  /** Bad side-map values ignored on this panel's cards, per field (V4); their cards still show. */
  damagedIn(panel: PanelId): DamageCounts;
  /** Bad stars, schools and timer values ignored (V4). */
  damagedGeneral: DamageCounts;
  /** Every valid card by id (validates every kind). */
  readonly byId: ReadonlyMap<string, Card>;
  /** Skipped entries per panel, all panels (validates every kind). */
  readonly invalid: InvalidCounts;
  /** Number of valid cards (validates every kind). */
  readonly cardCount: number;
}

export function buildSnapshot(doc: Y.Doc, source: CardSource): MeetingSnapshot {
  const { schools } = source.schools;
  const general = source.unreadable;
  const valid = new Map<CardKind, Card[]>();
  const invalidByKind = new Map<CardKind, number>();
  const damagedByKind = new Map<CardKind, DamageCounts>();

  function validate(kind: CardKind): Card[] {
    let list = valid.get(kind);
    if (list) return list;
    list = [];
    let bad = 0;
    const damaged: DamageCounts = {};
    for (const id of source.ids.get(kind) ?? []) {
      const { card, damaged: fields } = source.read(id);
      // A card whose info says one kind but validates as another cannot happen (kind is part of
      // the same info); still, file it where it claims to be only if it really is that kind.
      if (card && card.kind === kind) {
        list.push(card);
        addDamage(damaged, fields);
      } else bad++;
    }
    list.sort(compareCards);
    valid.set(kind, list);
    invalidByKind.set(kind, bad);
    damagedByKind.set(kind, damaged);
    return list;
  }

  const byKind = {} as { [K in CardKind]: CardOf<K>[] };
  for (const kind of CARD_KINDS) {
    Object.defineProperty(byKind, kind, { enumerable: true, get: () => validate(kind) });
  }
  const rawCounts = Object.fromEntries(PANELS.map((p) => [p, 0])) as Record<PanelId, number>;
  // A tab counts its panel's own cards: aportaciones hang under their problemática, not beside it.
  for (const [kind, ids] of source.ids) if (kind !== 'aportacion') rawCounts[PANEL_OF_KIND[kind]] += ids.length;

  function invalidIn(panel: PanelId | 'general'): number {
    if (panel === 'general') return general;
    let n = 0;
    for (const kind of CARD_KINDS) {
      if (PANEL_OF_KIND[kind] !== panel) continue;
      validate(kind);
      n += invalidByKind.get(kind) ?? 0;
    }
    return n;
  }

  function damagedIn(panel: PanelId): DamageCounts {
    const out: DamageCounts = {};
    for (const kind of CARD_KINDS) {
      if (PANEL_OF_KIND[kind] !== panel) continue;
      validate(kind);
      for (const [f, n] of Object.entries(damagedByKind.get(kind) ?? {})) out[f as SideField] = (out[f as SideField] ?? 0) + n;
    }
    return out;
  }

  let byIdMemo: Map<string, Card> | null = null;
  return {
    meta: readMeta(doc),
    creator: readCreator(doc),
    schools,
    timer: source.timer,
    starBudget: source.stars.budget,
    starsLeft: (voter) => starsLeft(source.stars, voter),
    rawCounts,
    byKind,
    invalidIn,
    damagedIn,
    damagedGeneral: source.damagedGeneral,
    get byId() {
      if (!byIdMemo) {
        const all = CARD_KINDS.flatMap((k) => validate(k));
        byIdMemo = new Map(all.sort(compareCards).map((c) => [c.id, c]));
      }
      return byIdMemo;
    },
    get invalid() {
      const out: InvalidCounts = {};
      for (const p of [...PANELS, 'general'] as const) {
        const n = invalidIn(p);
        if (n) out[p] = n;
      }
      return out;
    },
    get cardCount() {
      return CARD_KINDS.reduce((n, k) => n + validate(k).length, 0);
    },
  };
}

/** A fresh, validated read of the whole document. */
export function readMeeting(doc: Y.Doc): MeetingSnapshot {
  const stars = readStarsCounted(doc);
  const { ids, unreadable } = indexCards(doc);
  const schools = readSchools(doc);
  const timer = readTimerCounted(doc);
  const ctx = readContext(doc, stars);
  return buildSnapshot(doc, {
    ids,
    stars,
    unreadable,
    schools,
    timer: timer.timer,
    damagedGeneral: generalDamage(stars.invalid, schools.invalid, timer.invalid),
    read: (id) => readCardChecked(doc, id, ctx),
  });
}

export function generalDamage(stars: number, schools: number, timer: number): DamageCounts {
  const out: DamageCounts = {};
  if (stars) out.stars = stars;
  if (schools) out.schools = schools;
  if (timer) out.timer = timer;
  return out;
}
