// A subscribable, cached view of one meeting document for the UI (fits useSyncExternalStore).
// Holds no data of its own: it re-reads the Y.Doc, but re-validates only the cards a transaction
// touched (their info, text, details, annulled/edited entry or stars), and only when a panel
// reads them, so an edit in a 10,000-card meeting does not re-parse every card.
import type * as Y from 'yjs';
import type { Card, CardKind } from '../domain/meeting';
import { annulledOf, cardsOf, detailsOf, editedOf, parseStarKey, starsOf, textsOf } from './layout';
import { kindOfRaw, readCard, readStars } from './read';
import { buildSnapshot, type MeetingSnapshot } from './snapshot';

export interface MeetingStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): MeetingSnapshot;
  destroy(): void;
}

export function createMeetingStore(doc: Y.Doc): MeetingStore {
  const cards = cardsOf(doc);
  const shallow = [cards, annulledOf(doc), editedOf(doc)];
  const deep = [textsOf(doc), detailsOf(doc)];
  const stars = starsOf(doc);
  /** Validated cards (null = invalid); entries are dropped when the card changes. */
  const validated = new Map<string, Card | null>();
  /** The kind each entry claims (null = unreadable), recomputed when its info changes. */
  const kinds = new Map<string, CardKind | null>();
  const listeners = new Set<() => void>();
  let snapshot: MeetingSnapshot | null = null;
  let starsByCard: Map<string, string[]> | null = null;

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
  const onStars = (event: Y.YMapEvent<unknown>) => {
    starsByCard = null;
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
    return buildSnapshot(doc, {
      ids,
      unreadable,
      read(id) {
        let card = validated.get(id);
        if (card === undefined) {
          starsByCard ??= readStars(doc);
          card = readCard(doc, id, starsByCard);
          validated.set(id, card);
        }
        return card;
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
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
