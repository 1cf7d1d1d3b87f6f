// A subscribable, cached view of one meeting document for the UI (fits useSyncExternalStore).
// Holds no data of its own: it re-reads the Y.Doc, but re-validates only the cards a transaction
// touched (their info, text, details, annulled/edited entry or stars), and only when a panel
// reads them, so an edit in a 10,000-card meeting does not re-parse every card.
import type * as Y from 'yjs';
import type { Card, CardKind } from '../domain/meeting';
import type { TimerState } from '../domain/meetingTimerState';
import {
  annulledOf,
  annulNotesOf,
  cardsOf,
  detailsOf,
  editedOf,
  editsOf,
  metaOf,
  rolesOf,
  schoolsOf,
  starBudgetOf,
  starsOf,
  starTimesOf,
  textsOf,
  writersOf,
} from './layout';
import { kindOfRaw, readSchools, readTimerCounted, readWriters, type SideField } from './read';
import { readStarsCounted, type StarsRead } from './stars';
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
  /** What the counted stars depend on (M5, M14): re-read them all when one changes (a few hundred keys). */
  const starInputs = [starsOf(doc), starTimesOf(doc), starBudgetOf(doc), rolesOf(doc), cards];
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
  let starsRead: StarsRead | null = null;
  let starsShown: StarsRead | null = null;

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
    starsRead = null;
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
  // One star can change whether another card's star counts (M14): the cards whose counted or
  // over-budget voters differ from what was shown are re-validated when the stars are re-read.
  const onStars = () => {
    starsRead = null;
    ctx = null;
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    snapshot = null;
    listeners.forEach((l) => l());
  };
  shallow.forEach((m) => m.observe(onShallow));
  deep.forEach((m) => m.observeDeep(onDeep));
  starInputs.forEach((m) => m.observe(onStars));
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
    if (!starsRead) {
      starsRead = readStarsCounted(doc);
      if (starsShown) for (const id of changedStarCards(starsShown, starsRead)) touch(id);
      starsShown = starsRead;
    }
    const schools = readSchools(doc);
    const timer = readTimerCounted(doc, lastTimer);
    lastTimer = timer.timer;
    const stars = starsRead;
    return buildSnapshot(doc, {
      ids,
      unreadable,
      schools,
      timer: timer.timer,
      stars,
      damagedGeneral: generalDamage(stars.invalid, schools.invalid, timer.invalid),
      read(id) {
        let read = validated.get(id);
        if (read === undefined) {
          ctx ??= readContext(doc, stars);
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
      starInputs.forEach((m) => m.unobserve(onStars));
      context.forEach((m) => m.unobserve(onContext));
      writers.unobserve(onWriters);
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}

function changedStarCards(before: StarsRead, after: StarsRead): string[] {
  const ids = new Set([...before.byCard.keys(), ...after.byCard.keys(), ...before.over.keys(), ...after.over.keys()]);
  const same = (a: string[] | undefined, b: string[] | undefined) => (a ?? []).join('\n') === (b ?? []).join('\n');
  return [...ids].filter((id) => !same(before.byCard.get(id), after.byCard.get(id)) || !same(before.over.get(id), after.over.get(id)));
}
