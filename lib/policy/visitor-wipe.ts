import type { Policy } from './types';

/** The browser events a public terminal's wipe listens to (a subset of `browser`). */
export interface VisitorWipeBrowser {
  idle: {
    setDetectionInterval(seconds: number): void;
    onStateChanged: { addListener(listener: (state: string) => void): void; removeListener(listener: (state: string) => void): void };
  };
}

/** Why a wipe ran; shown nowhere, used by tests and the bench. */
export type WipeReason = 'browser-start' | 'idle' | 'locked';

/**
 * On a public terminal nothing of one visitor may be left for the next: wipe at browser
 * start (ephemeral mode) and after the set idle minutes or when the screen locks.
 * Returns a function that stops listening (for a policy change).
 */
export function startVisitorWipe(
  api: VisitorWipeBrowser,
  policy: Pick<Policy, 'ephemeral' | 'idleWipeMinutes'>,
  wipe: (reason: WipeReason) => Promise<void>,
  { atBrowserStart }: { atBrowserStart: boolean },
): () => void {
  if (policy.ephemeral && atBrowserStart) void wipe('browser-start');
  if (policy.idleWipeMinutes === null) return () => undefined;
  // Chromium and Firefox accept 15 s as the shortest interval.
  api.idle.setDetectionInterval(Math.max(15, policy.idleWipeMinutes * 60));
  const onState = (state: string) => {
    if (state === 'idle' || state === 'locked') void wipe(state);
  };
  api.idle.onStateChanged.addListener(onState);
  return () => api.idle.onStateChanged.removeListener(onState);
}
