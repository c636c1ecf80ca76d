/**
 * Saves as you type: every change is scheduled, the last one wins, and a save happens at most
 * `delayMs` after the last keystroke. `flush()` saves at once (the popup calls it on pagehide
 * and when it is hidden). Saves never run in parallel; a failed save keeps the draft pending
 * so the next change or flush tries again.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface DraftSaverOptions<T> {
  save: (value: T) => Promise<void>;
  delayMs?: number;
  onState?: (state: SaveState, error?: unknown) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface DraftSaver<T> {
  change(value: T): void;
  flush(): Promise<void>;
  /**
   * The newest value not yet known to be stored (pending, or being saved), or null; for a
   * page that is closing and cannot wait for `flush`. Synchronous.
   */
  unsaved(): T | null;
  readonly state: SaveState;
}

export function createDraftSaver<T>({
  save,
  delayMs = 300,
  onState,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}: DraftSaverOptions<T>): DraftSaver<T> {
  let pending: { value: T } | null = null;
  let inFlight: { value: T } | null = null;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let state: SaveState = 'saved';
  const set = (s: SaveState, error?: unknown) => {
    state = s;
    onState?.(s, error);
  };

  async function run(): Promise<void> {
    while (pending) {
      const { value } = pending;
      inFlight = pending;
      pending = null;
      set('saving');
      try {
        await save(value);
        inFlight = null;
      } catch (error) {
        inFlight = null;
        // keep the newest unsaved value: a later change replaces it, a flush retries it
        if (!pending) pending = { value };
        set('failed', error);
        return;
      }
    }
    set('saved');
  }

  function flush(): Promise<void> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (running) return running.then(() => (pending ? flush() : undefined));
    if (!pending) return Promise.resolve();
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    change(value) {
      pending = { value };
      set('pending');
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        void flush();
      }, delayMs);
    },
    flush,
    unsaved: () => (pending ?? inFlight)?.value ?? null,
    get state() {
      return state;
    },
  };
}
