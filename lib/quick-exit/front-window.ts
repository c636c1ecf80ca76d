/**
 * The ordinary window the safe page goes to, known before any key press: the last focused
 * window that is neither private nor a pop-up. Saves a round trip to the browser when hiding.
 */
interface WindowInfo {
  id?: number;
  incognito: boolean;
  type?: string;
  focused?: boolean;
}
interface Event<L> {
  addListener(listener: L): void;
}
export interface WindowEvents {
  windows: {
    getAll(): Promise<WindowInfo[]>;
    get(windowId: number): Promise<WindowInfo>;
    onFocusChanged: Event<(windowId: number) => void>;
    onRemoved: Event<(windowId: number) => void>;
  };
}

let ordinary: number | undefined;

const isOrdinary = (w: WindowInfo) => w.id !== undefined && !w.incognito && (w.type ?? 'normal') === 'normal';

export function followOrdinaryWindow(api: WindowEvents): void {
  api.windows.onFocusChanged.addListener((windowId) => {
    if (windowId < 0) return; // focus left the browser
    void api.windows.get(windowId).then((w) => {
      if (isOrdinary(w)) ordinary = w.id;
    }, () => undefined);
  });
  api.windows.onRemoved.addListener((windowId) => {
    if (windowId === ordinary) ordinary = undefined;
  });
  void api.windows.getAll().then((all) => {
    const found = all.filter(isOrdinary).sort((a, b) => Number(Boolean(b.focused)) - Number(Boolean(a.focused)))[0];
    ordinary ??= found?.id;
  }, () => undefined);
}

/** The ordinary window last in focus, or undefined when not known (then the browser is asked). */
export function knownOrdinaryWindow(): number | undefined {
  return ordinary;
}

/** Between unit tests. */
export function forgetOrdinaryWindow(): void {
  ordinary = undefined;
}
