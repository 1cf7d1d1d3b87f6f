// A subscribable, cached view of one meeting document for the UI (fits useSyncExternalStore).
// Holds no data of its own: it re-reads the Y.Doc, but re-validates only the cards a transaction
// touched (their map, text, annulled/edited entry or stars), so an edit in a 10,000-card meeting
// does not re-parse every card.
import * as Y from 'yjs';
import type { Card } from '../domain/meeting';
import { annulledOf, cardsOf, editedOf, parseStarKey, starsOf } from './layout';
import { extrasFor, panelOfRaw, readCard, readStars, type InvalidCounts } from './read';
import { buildSnapshot, type MeetingSnapshot } from './snapshot';

interface Cached {
  value: unknown;
  card: Card | null;
}

export interface MeetingStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): MeetingSnapshot;
  destroy(): void;
}

export function createMeetingStore(doc: Y.Doc): MeetingStore {
  const cards = cardsOf(doc);
  const byId = [annulledOf(doc), editedOf(doc)];
  const stars = starsOf(doc);
  const cache = new Map<string, Cached>();
  const dirty = new Set<string>();
  const listeners = new Set<() => void>();
  let snapshot: MeetingSnapshot | null = null;
  let starsByCard: Map<string, string[]> | null = null;

  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === cards) {
        for (const key of event.keys.keys()) dirty.add(key);
      } else {
        const top = event.path[0];
        if (typeof top === 'string') dirty.add(top);
      }
    }
  };
  const onById = (event: Y.YMapEvent<unknown>) => {
    for (const key of event.keys.keys()) dirty.add(key);
  };
  const onStars = (event: Y.YMapEvent<unknown>) => {
    starsByCard = null;
    for (const key of event.keys.keys()) {
      const parsed = parseStarKey(key);
      if (parsed) dirty.add(parsed.cardId);
    }
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    snapshot = null;
    listeners.forEach((l) => l());
  };
  cards.observeDeep(onCards);
  byId.forEach((m) => m.observe(onById));
  stars.observe(onStars);
  doc.on('afterTransaction', onTransaction);

  function rebuild(): MeetingSnapshot {
    starsByCard ??= readStars(doc);
    const starMap = starsByCard;
    const valid: Card[] = [];
    const invalid: InvalidCounts = {};
    const seen = new Set<string>();
    cards.forEach((value, id) => {
      seen.add(id);
      let entry = cache.get(id);
      if (!entry || entry.value !== value || dirty.has(id)) {
        entry = { value, card: readCard(id, value, extrasFor(doc, id, starMap)) };
        cache.set(id, entry);
      }
      if (entry.card) valid.push(entry.card);
      else {
        const panel = panelOfRaw(value);
        invalid[panel] = (invalid[panel] ?? 0) + 1;
      }
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    dirty.clear();
    return buildSnapshot(doc, valid, invalid);
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
      cards.unobserveDeep(onCards);
      byId.forEach((m) => m.unobserve(onById));
      stars.unobserve(onStars);
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
