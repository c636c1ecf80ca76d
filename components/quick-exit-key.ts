import { useEffect, useState } from 'preact/hooks';

/**
 * The quick-exit key as the browser has it now, shared by every place in the popup that shows
 * it (next to the button, the hub's notice, Settings, the first-run step): read once each time
 * the popup opens, and again after she set a key.
 */
let current: string | undefined;
let loading: Promise<string> | null = null;
const listeners = new Set<(key: string) => void>();

function publish(key: string) {
  current = key;
  for (const listener of listeners) listener(key);
}

/** undefined while reading; '' when no key is set. */
export function useQuickExitKey(read: () => Promise<string>): { key: string | undefined; reload: () => Promise<void> } {
  const [key, setKey] = useState(current);
  useEffect(() => {
    listeners.add(setKey);
    if (current === undefined) {
      loading ??= read().catch(() => '');
      void loading.then(publish);
    }
    return () => void listeners.delete(setKey);
  }, []);
  return { key, reload: async () => publish(await read().catch(() => '')) };
}

/** Between component tests. */
export function forgetQuickExitKey(): void {
  current = undefined;
  loading = null;
}

/** A key inside a sentence stays left-to-right, also in Arabic (Unicode isolates, invisible). */
export const ltrKey = (key: string): string => `\u2066${key}\u2069`;
