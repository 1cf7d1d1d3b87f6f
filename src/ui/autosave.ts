// Throttled persistence for a form's draft (the pattern of tldraw's local sync client): the first
// change after a write arms one timer, later changes only replace the value it will write, so the
// disk is at most `delay` behind the typing and a keystroke costs no more than a comparison.
// Writes run one after another, never two at once; flush() writes now (page hidden, unmount).
export interface Autosave<V> {
  change(value: V): void;
  /** Writes a pending change now; resolves when every write so far is done. */
  flush(): Promise<void>;
  /** Holds writes (a save is running); changes made meanwhile are kept for resume(). */
  pause(): void;
  resume(): void;
  /** No write ever again (the record was saved, the draft cleared). */
  stop(): void;
}

interface AutosaveOptions<V> {
  delay: number;
  write: (value: V) => Promise<void>;
  onError: (error: unknown) => void;
  onWritten?: () => void;
}

export function createAutosave<V>({ delay, write, onError, onWritten }: AutosaveOptions<V>): Autosave<V> {
  let latest: V | undefined;
  let dirty = false;
  let paused = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function clear() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function run(): Promise<void> {
    clear();
    if (!dirty || paused || stopped) return chain;
    dirty = false;
    const value = latest as V;
    chain = chain.then(() =>
      write(value).then(
        () => onWritten?.(),
        (error: unknown) => onError(error),
      ),
    );
    return chain;
  }

  return {
    change(value) {
      if (stopped) return;
      latest = value;
      dirty = true;
      if (!paused && timer === undefined) timer = setTimeout(() => void run(), delay);
    },
    flush: run,
    pause() {
      paused = true;
      clear();
    },
    resume() {
      paused = false;
      if (dirty && !stopped && timer === undefined) timer = setTimeout(() => void run(), delay);
    },
    stop() {
      stopped = true;
      clear();
    },
  };
}
