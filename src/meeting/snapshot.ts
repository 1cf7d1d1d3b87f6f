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
  type TimerState,
} from '../domain/meeting';
import { indexCards, readCard, readMeta, readSchools, readStars, readTimer, type InvalidCounts } from './read';

export interface CardSource {
  /** Card ids by the kind their info claims (not validated yet). */
  ids: ReadonlyMap<CardKind, readonly string[]>;
  /** Entries whose kind cannot even be read: counted under 'general'. */
  unreadable: number;
  /** The validated card, or null (V1). May cache. */
  read(id: string): Card | null;
}

export interface MeetingSnapshot {
  meta: MeetingMeta | null;
  schools: JoinedSchool[];
  timer: TimerState;
  /** Entries per panel before validation: cheap, for the tab counts. */
  rawCounts: Record<PanelId, number>;
  /** Valid cards per kind, oldest first (validated on first read of each kind). */
  byKind: { readonly [K in CardKind]: CardOf<K>[] };
  /** Skipped entries in one panel ('general' = unknown kind, bad schools...). */
  invalidIn(panel: PanelId | 'general'): number;
  /** Every valid card by id (validates every kind). */
  readonly byId: ReadonlyMap<string, Card>;
  /** Skipped entries per panel, all panels (validates every kind). */
  readonly invalid: InvalidCounts;
  /** Number of valid cards (validates every kind). */
  readonly cardCount: number;
}

export function buildSnapshot(doc: Y.Doc, source: CardSource): MeetingSnapshot {
  const { schools, invalid: badSchools } = readSchools(doc);
  const general = source.unreadable + badSchools;
  const valid = new Map<CardKind, Card[]>();
  const invalidByKind = new Map<CardKind, number>();

  function validate(kind: CardKind): Card[] {
    let list = valid.get(kind);
    if (list) return list;
    list = [];
    let bad = 0;
    for (const id of source.ids.get(kind) ?? []) {
      const card = source.read(id);
      // A card whose info says one kind but validates as another cannot happen (kind is part of
      // the same info); still, file it where it claims to be only if it really is that kind.
      if (card && card.kind === kind) list.push(card);
      else bad++;
    }
    list.sort(compareCards);
    valid.set(kind, list);
    invalidByKind.set(kind, bad);
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

  let byIdMemo: Map<string, Card> | null = null;
  return {
    meta: readMeta(doc),
    schools,
    timer: readTimer(doc),
    rawCounts,
    byKind,
    invalidIn,
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
  const stars = readStars(doc);
  const { ids, unreadable } = indexCards(doc);
  return buildSnapshot(doc, { ids, unreadable, read: (id) => readCard(doc, id, stars) });
}

/** A plain, comparable form of a snapshot: what "identical panel state" means in tests (C1). */
export function comparableState(s: MeetingSnapshot): unknown {
  return {
    meta: s.meta,
    schools: s.schools,
    byKind: Object.fromEntries(CARD_KINDS.map((k) => [k, s.byKind[k]])),
    invalid: s.invalid,
    timer: s.timer,
  };
}
