// The whole meeting as the UI sees it: validated cards grouped by kind, oldest first. Built by
// readMeeting (from scratch, used by tests and file import) and by the store (incrementally).
import type * as Y from 'yjs';
import {
  CARD_KINDS,
  compareCards,
  type Card,
  type CardKind,
  type CardOf,
  type JoinedSchool,
  type MeetingMeta,
  type TimerState,
} from '../domain/meeting';
import { readCards, readMeta, readSchools, readTimer, type InvalidCounts } from './read';

export interface MeetingSnapshot {
  meta: MeetingMeta | null;
  schools: JoinedSchool[];
  byKind: { [K in CardKind]: CardOf<K>[] };
  byId: ReadonlyMap<string, Card>;
  /** Skipped entries per panel ('general' = unknown kind, bad schools...), shown as a warning. */
  invalid: InvalidCounts;
  timer: TimerState;
  cardCount: number;
}

export function buildSnapshot(
  doc: Y.Doc,
  cards: Card[],
  invalidCards: InvalidCounts,
): MeetingSnapshot {
  const byKind = Object.fromEntries(CARD_KINDS.map((k) => [k, [] as Card[]])) as unknown as MeetingSnapshot['byKind'];
  const byId = new Map<string, Card>();
  const sorted = [...cards].sort(compareCards);
  for (const card of sorted) {
    (byKind[card.kind] as Card[]).push(card);
    byId.set(card.id, card);
  }
  const { schools, invalid: badSchools } = readSchools(doc);
  const invalid: InvalidCounts = { ...invalidCards };
  if (badSchools) invalid.general = (invalid.general ?? 0) + badSchools;
  return { meta: readMeta(doc), schools, byKind, byId, invalid, timer: readTimer(doc), cardCount: sorted.length };
}

/** A fresh, validated read of the whole document. */
export function readMeeting(doc: Y.Doc): MeetingSnapshot {
  const { cards, invalid } = readCards(doc);
  return buildSnapshot(doc, cards, invalid);
}

/** A plain, comparable form of a snapshot: what "identical panel state" means in tests (C1). */
export function comparableState(s: MeetingSnapshot): unknown {
  return {
    meta: s.meta,
    schools: s.schools,
    byKind: s.byKind,
    invalid: s.invalid,
    timer: s.timer,
  };
}
