// One live Y.Doc per meeting in this tab, shared by every screen and service that opens it.
// Two instances of one meeting in one tab would not see each other's changes (y-indexeddb only
// reads at load), so a card typed on the panels would never reach the room session, and a timer
// started by a peer would never reach the slides. Each opener gets its own handle; the document
// closes when the last handle is released.

interface SharedHandle<D> {
  doc: D;
  whenSynced: Promise<void>;
  /** Releases this handle (idempotent); closes the document when it was the last one. */
  destroy(): Promise<void>;
}

interface Entry<D> {
  opening: Promise<SharedHandle<D>>;
  refs: number;
  /** Called once the last handle is released (see idle). */
  whenReleased: (() => void)[];
}

export function shareByKey<D>(open: (key: string) => Promise<SharedHandle<D>>): {
  open(key: string): Promise<SharedHandle<D>>;
  /** Resolves when no handle holds the document and its last instance has closed. */
  idle(key: string): Promise<void>;
} {
  const entries = new Map<string, Entry<D>>();
  const closing = new Map<string, Promise<void>>();

  const release = (key: string, entry: Entry<D>): Promise<void> => {
    entry.refs -= 1;
    if (entry.refs > 0) return Promise.resolve();
    // The next opener starts a fresh instance; this one flushes and closes on its own.
    if (entries.get(key) === entry) entries.delete(key);
    const closed = entry.opening.then((inner) => inner.destroy());
    closing.set(key, closed);
    void closed.catch(() => undefined).finally(() => closing.get(key) === closed && closing.delete(key));
    entry.whenReleased.splice(0).forEach((f) => f());
    return closed;
  };

  const idle = async (key: string): Promise<void> => {
    const entry = entries.get(key);
    if (entry) await new Promise<void>((ok) => entry.whenReleased.push(ok));
    await closing.get(key)?.catch(() => undefined);
    // Someone may have opened it again meanwhile.
    if (entries.has(key)) return idle(key);
  };

  return {
    async open(key) {
      let entry = entries.get(key);
      if (!entry) {
        const opening = open(key);
        const created: Entry<D> = { opening, refs: 0, whenReleased: [] };
        entry = created;
        entries.set(key, created);
        // A failed open must not poison later attempts.
        opening.catch(() => {
          if (entries.get(key) === created) entries.delete(key);
          created.whenReleased.splice(0).forEach((f) => f());
        });
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
    idle,
  };
}
