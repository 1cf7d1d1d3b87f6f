// Keeps a form's fields on the device as they are typed (issue 14) and brings them back after a
// kill, a reload or a back-navigation. No write happens before the stored draft has been read
// (so an empty form never overwrites it), writes are throttled (ui/autosave.ts) and flushed when
// the page is hidden or the form goes away. A draft of an edit remembers the record's version:
// when the record changed meanwhile the teacher chooses, nothing is applied silently.
import { useEffect, useRef, useState } from 'react';
import { deleteDraft, putDraft, readDraft } from '../db/drafts';
import { DRAFT_SAVE_DELAY_MS, draftId, isStale, type DraftKey, type DraftRow } from '../domain/draft';
import { createAutosave, type Autosave } from './autosave';
import { BASE, stripBase } from './basePath';

type DraftNoticeState =
  | { kind: 'none' }
  | { kind: 'restored'; savedAt: number }
  /** `value`: what the kept draft says, for a screen that shows it beside the saved version. */
  | { kind: 'stale'; savedAt: number; value: unknown }
  | { kind: 'discarded' };

interface DurableOptions<V, F = never> {
  /** null: this form keeps no draft (e.g. still loading what it edits). */
  key: DraftKey | null;
  value: V;
  /** What the form shows without a draft: a draft equal to it is no draft. */
  initial: V;
  apply: (value: V) => void;
  label: (value: V) => string;
  /** Picked files (evidence photos), written only when they change. */
  files?: { value: F[]; apply: (files: F[]) => void };
}

export interface DurableDraft {
  notice: DraftNoticeState;
  /** Said once: the draft could not be written (quota, IndexedDB error). */
  writeFailed: boolean;
  discard(): void;
  undo(): void;
  keepMine(): void;
  /** The words went somewhere the draft's transaction cannot reach (a meeting's document): forget the draft now. */
  clear(): void;
  /**
   * The teacher saw the record change under an open edit and chose to go on: from now on the draft
   * belongs to `version` (so a relaunch does not ask again about a change already seen).
   */
  rebase(version: number): void;
  /** Around a save: no draft write may land after the save cleared it. */
  pause(): void;
  resume(): void;
  stop(): void;
}

interface Snapshot<V, F> {
  value: V;
  files: F[] | undefined;
}

export function useDurableDraft<V, F = never>(options: DurableOptions<V, F>): DurableDraft {
  const { key } = options;
  const id = key ? draftId(key) : null;
  const [notice, setNotice] = useState<DraftNoticeState>({ kind: 'none' });
  const [writeFailed, setWriteFailed] = useState(false);
  const opts = useRef(options);
  opts.current = options;
  const saver = useRef<Autosave<Snapshot<V, F>> | null>(null);
  const stale = useRef<{ row: DraftRow; files?: unknown[] | undefined } | null>(null);
  const undoTo = useRef<Snapshot<V, F> | null>(null);
  const version = useRef(0);
  const disk = useRef({ json: '', exists: false });

  useEffect(() => {
    if (!key || !id) return;
    let closed = false;
    version.current = key.version;
    const startedAt = Date.now();
    // Taken now: a flush on unmount runs after a back-navigation changed the address. An app route
    // (without the sub-path the build may be hosted under): the lists link to it with <Link>.
    const path = (stripBase(location.pathname, BASE) ?? '/') + location.search;
    const initialJson = JSON.stringify(opts.current.initial);
    // What the disk holds now, shared with discard() (which deletes the draft itself).
    disk.current = { json: initialJson, exists: false };
    let lastFiles: F[] | undefined = opts.current.files?.value;
    let failed = false;

    const autosave = createAutosave<Snapshot<V, F>>({
      delay: DRAFT_SAVE_DELAY_MS,
      write: async ({ value, files }) => {
        const json = JSON.stringify(value);
        const filesChanged = files !== lastFiles;
        if (json === disk.current.json && !filesChanged) return;
        if (json === initialJson && (files ?? []).length === 0) {
          // Back to what the form showed at first: nothing unsaved any more.
          if (disk.current.exists) await deleteDraft(key);
          disk.current = { json, exists: false };
        } else {
          const now = Date.now();
          const row: DraftRow = {
            id,
            form: key.form,
            recordId: key.recordId,
            baseVersion: version.current,
            path,
            label: opts.current.label(value),
            value,
            startedAt,
            savedAt: now,
          };
          await putDraft(row, filesChanged ? (files ?? []) : undefined);
          disk.current = { json, exists: true };
        }
        lastFiles = files;
      },
      onError: () => {
        failed = true;
        if (!closed) setWriteFailed(true);
      },
      onWritten: () => {
        if (failed && !closed) setWriteFailed(false);
        failed = false;
      },
    });
    autosave.pause(); // until the stored draft is read

    void readDraft(key).then(
      (stored) => {
        if (closed) return;
        if (stored) {
          disk.current = { json: JSON.stringify(stored.row.value), exists: true };
          if (isStale(stored.row, key.version)) {
            stale.current = stored;
            setNotice({ kind: 'stale', savedAt: stored.row.savedAt, value: stored.row.value });
            saver.current = autosave;
            return; // writes stay paused until the teacher chooses
          }
          const files = stored.files as F[] | undefined;
          if (files && opts.current.files) {
            lastFiles = files;
            opts.current.files.apply(files);
          }
          opts.current.apply(stored.row.value as V);
          setNotice({ kind: 'restored', savedAt: stored.row.savedAt });
        }
        saver.current = autosave;
        autosave.resume();
        // Whatever was typed while the draft was being read (a fast first keystroke) is kept too.
        autosave.change({ value: opts.current.value, files: opts.current.files?.value });
      },
      () => {
        // Unreadable drafts: the form works as it would without them.
        if (closed) return;
        saver.current = autosave;
        autosave.resume();
      },
    );

    const flush = () => void autosave.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      closed = true;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      void autosave.flush().then(() => autosave.stop());
      saver.current = null;
    };
    // One draft per key: a new key (another record) is a new draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key?.version]);

  const filesValue = options.files?.value;
  useEffect(() => {
    saver.current?.change({ value: options.value, files: filesValue });
  }, [options.value, filesValue]);

  function snapshot(): Snapshot<V, F> {
    return { value: opts.current.value, files: opts.current.files?.value };
  }

  function applySnapshot(s: Snapshot<V, F>) {
    opts.current.apply(s.value);
    if (opts.current.files) opts.current.files.apply(s.files ?? []);
  }

  return {
    notice,
    writeFailed,
    discard() {
      if (!key) return;
      const pending = stale.current;
      undoTo.current = pending ? { value: pending.row.value as V, files: pending.files as F[] | undefined } : snapshot();
      stale.current = null;
      applySnapshot({ value: opts.current.initial, files: [] });
      setNotice({ kind: 'discarded' });
      saver.current?.resume();
      disk.current = { json: JSON.stringify(opts.current.initial), exists: false };
      void deleteDraft(key).catch(() => undefined);
    },
    undo() {
      if (!undoTo.current) return;
      // The draft comes back as a draft of the version now shown.
      version.current = key?.version ?? 0;
      applySnapshot(undoTo.current);
      undoTo.current = null;
      setNotice({ kind: 'none' });
    },
    keepMine() {
      const pending = stale.current;
      if (!pending) return;
      stale.current = null;
      // Rebased on the version stored now: saving it makes a new version, the other edit stays
      // in the history (nothing is torn out).
      version.current = key?.version ?? 0;
      // Written again even though the words are the same: the stored row still names the old version.
      disk.current = { json: '', exists: true };
      applySnapshot({ value: pending.row.value as V, files: pending.files as F[] | undefined });
      setNotice({ kind: 'restored', savedAt: pending.row.savedAt });
      saver.current?.resume();
    },
    clear() {
      if (!key) return;
      disk.current = { json: JSON.stringify(opts.current.initial), exists: false };
      // A change still waiting for its timer (or for the flush when the form goes away in this same
      // render) must not write the cleared words back.
      saver.current?.change({ value: opts.current.initial, files: opts.current.files ? [] : undefined });
      setNotice({ kind: 'none' });
      void deleteDraft(key).catch(() => undefined);
    },
    rebase(next) {
      version.current = next;
      // Written again even if the words did not change: the stored row names the old version.
      disk.current = { json: '', exists: disk.current.exists };
      saver.current?.change(snapshot());
    },
    pause: () => saver.current?.pause(),
    resume: () => saver.current?.resume(),
    stop: () => saver.current?.stop(),
  };
}
