import { readPolicy, type ManagedStorage } from '../policy/read';
import type { Policy } from '../policy/types';

/** Why a visitor wipe ran; shown nowhere, used by tests and the bench. */
export type WipeReason = 'browser-start' | 'idle' | 'locked';

/** The part of `browser` the public-terminal wipe needs. */
export interface TerminalBrowser {
  storage: ManagedStorage;
  idle: { setDetectionInterval(seconds: number): void };
}

export interface Terminal {
  /** Reads the administrator's policy now (never a default from before it was read). */
  policy(): Promise<Policy>;
  /** The policy as last read in this worker (null before the first read): quick exit hides without waiting. */
  known(): Policy | null;
  /** `idle.onStateChanged`: wipes after the set idle minutes or when the screen locks. */
  onIdleState(state: string): Promise<void>;
  /** A browser start or the extension (re)loaded: on a public terminal, a new visitor. */
  onNewVisit(): Promise<void>;
  /** The managed settings changed (or arrived late, as Chromium may deliver them after start-up). */
  onPolicyChanged(): Promise<void>;
  /** Each time the service worker starts: sets the idle interval the policy asks for. */
  onWorkerStart(): Promise<void>;
}

/** Chromium and Firefox accept 15 s as the shortest idle interval. */
export const idleIntervalSeconds = (minutes: number) => Math.max(15, minutes * 60);

/**
 * The visitor wipe of a public terminal. Its listeners are registered in the service worker's
 * first turn (entrypoints/background.ts) and each reads the policy itself, so an event that
 * wakes a stopped worker is handled with the administrator's policy, never with defaults.
 */
export function createTerminal(api: TerminalBrowser, serviceIds: ReadonlySet<string>, wipe: (reason: WipeReason) => Promise<void>): Terminal {
  let last: Policy | null = null;
  const policy = async () => (last = (await readPolicy(api.storage, serviceIds)).policy);
  // Chromium may deliver the managed settings only after start-up: a new visit waits for them.
  let newVisitPending = false;
  const setIdleInterval = (current: Policy) => {
    if (current.idleWipeMinutes !== null) api.idle.setDetectionInterval(idleIntervalSeconds(current.idleWipeMinutes));
  };

  const wipeNewVisit = async (current: Policy) => {
    if (!newVisitPending || !current.ephemeral) return;
    newVisitPending = false;
    await wipe('browser-start');
  };

  return {
    policy,
    known: () => last,
    async onIdleState(state) {
      if (state !== 'idle' && state !== 'locked') return;
      if ((await policy()).idleWipeMinutes !== null) await wipe(state);
    },
    async onNewVisit() {
      newVisitPending = true;
      await wipeNewVisit(await policy());
    },
    async onPolicyChanged() {
      const current = await policy();
      setIdleInterval(current);
      await wipeNewVisit(current);
    },
    async onWorkerStart() {
      setIdleInterval(await policy());
    },
  };
}
