// One live Y.Doc per meeting in this tab, shared by every screen and service that opens it.
// Two instances of one meeting in one tab would not see each other's changes (y-indexeddb only
// reads at load), so a card typed on the panels would never reach the room session, and a timer
// started by a peer would never reach the slides. Each opener gets its own handle; the document
// closes when the last handle is released.

export interface SharedHandle<D> {
  doc: D;
  whenSynced: Promise<void>;
  /** Releases this handle (idempotent); closes the document when it was the last one. */
  destroy(): Promise<void>;
}

interface Entry<D> {
  opening: Promise<SharedHandle<D>>;
  refs: number;
}

export function shareByKey<D>(open: (key: string) => Promise<SharedHandle<D>>): {
  open(key: string): Promise<SharedHandle<D>>;
} {
  const entries = new Map<string, Entry<D>>();

  const release = (key: string, entry: Entry<D>): Promise<void> => {
    entry.refs -= 1;
    if (entry.refs > 0) return Promise.resolve();
    // The next opener starts a fresh instance; this one flushes and closes on its own.
    if (entries.get(key) === entry) entries.delete(key);
    return entry.opening.then((inner) => inner.destroy());
  };

  return {
    async open(key) {
      let entry = entries.get(key);
      if (!entry) {
        const opening = open(key);
        const created: Entry<D> = { opening, refs: 0 };
        entry = created;
        entries.set(key, created);
        // A failed open must not poison later attempts.
        opening.catch(() => entries.get(key) === created && entries.delete(key));
      }
      entry.refs += 1;
      const held = entry;
      let inner: SharedHandle<D>;
      try {
        inner = await held.opening;
      } catch (err) {
        held.refs -= 1;
        throw err;
      }
      let released: Promise<void> | null = null;
      return {
        doc: inner.doc,
        whenSynced: inner.whenSynced,
        destroy: () => (released ??= release(key, held)),
      };
    },
  };
}
