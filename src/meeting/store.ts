// A subscribable, cached view of one meeting document for the UI (fits useSyncExternalStore).
// Holds no data of its own: it re-reads the Y.Doc, but re-validates only the cards a transaction
// touched (their info, text, details, annulled/edited entry or stars), and only when a panel
// reads them, so an edit in a 10,000-card meeting does not re-parse every card.
import type * as Y from 'yjs';
import type { Card, CardKind } from '../domain/meeting';
import type { TimerState } from '../domain/meeting';
import {
  annulledOf,
  annulNotesOf,
  cardsOf,
  detailsOf,
  editedOf,
  editsOf,
  metaOf,
  parseStarKey,
  schoolsOf,
  starsOf,
  textsOf,
  writersOf,
} from './layout';
import { kindOfRaw, readSchools, readStarsCounted, readTimerCounted, readWriters, type SideField } from './read';
import { readCardChecked, readContext, type ReadContext } from './readCard';
import { buildSnapshot, generalDamage, type MeetingSnapshot } from './snapshot';

export interface MeetingStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): MeetingSnapshot;
  destroy(): void;
}

export function createMeetingStore(doc: Y.Doc): MeetingStore {
  const cards = cardsOf(doc);
  const shallow = [cards, annulledOf(doc), editedOf(doc), editsOf(doc), annulNotesOf(doc)];
  const deep = [textsOf(doc), detailsOf(doc)];
  const stars = starsOf(doc);
  /** Who may write which card depends on these: a change re-validates every card (rare: joins, new devices). */
  const context = [schoolsOf(doc), metaOf(doc)];
  const writers = writersOf(doc);
  /** Validated cards (null = invalid); entries are dropped when the card changes. */
  const validated = new Map<string, { card: Card | null; damaged: readonly SideField[] }>();
  /** The last valid state of each card shown: what a card keeps when a peer sends a bad value (V4). */
  const lastGood = new Map<string, Card>();
  let lastTimer: TimerState | undefined;
  let ctx: ReadContext | null = null;
  /** The kind each entry claims (null = unreadable), recomputed when its info changes. */
  const kinds = new Map<string, CardKind | null>();
  const listeners = new Set<() => void>();
  let snapshot: MeetingSnapshot | null = null;
  let starsRead: ReturnType<typeof readStarsCounted> | null = null;

  const touch = (id: string) => validated.delete(id);
  const onShallow = (event: Y.YMapEvent<unknown>) => {
    for (const key of event.keys.keys()) {
      touch(key);
      if (event.target === cards) kinds.delete(key);
    }
  };
  const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      // A change of the root map itself names card ids in keys; inside a card, path[0] is the id.
      if (event.path.length === 0) for (const key of event.keys.keys()) touch(key);
      else if (typeof event.path[0] === 'string') touch(event.path[0]);
    }
  };
  const onContext = () => {
    ctx = null;
    validated.clear();
  };
  // A device registers once per session, and again only when its writer changes: re-validate
  // every card only when a device's school changes (that is all the reader uses).
  let knownWriters = readWriters(doc);
  const onWriters = () => {
    const next = readWriters(doc);
    const same = next.size === knownWriters.size && [...next].every(([client, cct]) => knownWriters.get(client) === cct);
    knownWriters = next;
    if (!same) onContext();
  };
  const onStars = (event: Y.YMapEvent<unknown>) => {
    starsRead = null;
    ctx = null;
    for (const key of event.keys.keys()) {
      const parsed = parseStarKey(key);
      if (parsed) touch(parsed.cardId);
    }
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    snapshot = null;
    listeners.forEach((l) => l());
  };
  shallow.forEach((m) => m.observe(onShallow));
  deep.forEach((m) => m.observeDeep(onDeep));
  stars.observe(onStars);
  context.forEach((m) => m.observe(onContext));
  writers.observe(onWriters);
  doc.on('afterTransaction', onTransaction);

  function rebuild(): MeetingSnapshot {
    const ids = new Map<CardKind, string[]>();
    let unreadable = 0;
    cards.forEach((value, id) => {
      let kind = kinds.get(id);
      if (kind === undefined) {
        kind = kindOfRaw(value);
        kinds.set(id, kind);
      }
      if (!kind) unreadable++;
      else {
        const list = ids.get(kind);
        if (list) list.push(id);
        else ids.set(kind, [id]);
      }
    });
    if (kinds.size > cards.size) for (const id of kinds.keys()) if (!cards.has(id)) kinds.delete(id);
    starsRead ??= readStarsCounted(doc);
    const schools = readSchools(doc);
    const timer = readTimerCounted(doc, lastTimer);
    lastTimer = timer.timer;
    const stars = starsRead;
    return buildSnapshot(doc, {
      ids,
      unreadable,
      schools,
      timer: timer.timer,
      damagedGeneral: generalDamage(stars.invalid, schools.invalid, timer.invalid),
      read(id) {
        let read = validated.get(id);
        if (read === undefined) {
          ctx ??= readContext(doc, stars.byCard);
          read = readCardChecked(doc, id, ctx, lastGood.get(id));
          if (read.card) lastGood.set(id, read.card);
          validated.set(id, read);
        }
        return read;
      },
    });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      snapshot ??= rebuild();
      return snapshot;
    },
    destroy() {
      shallow.forEach((m) => m.unobserve(onShallow));
      deep.forEach((m) => m.unobserveDeep(onDeep));
      stars.unobserve(onStars);
      context.forEach((m) => m.unobserve(onContext));
      writers.unobserve(onWriters);
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
