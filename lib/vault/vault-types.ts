import type { PlanData } from '../plan/data';
import type { VaultParams } from './crypto';
import type { WriteTokenItems } from './write-token';

/* What the plan vault (plan-vault.ts) reads and writes, and what it answers the plan screen. */

/** One stored value (a WXT storage item fits). */
export interface Item<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

export interface VaultItems {
  vault: Item<unknown>;
  lockout: Item<unknown>;
  lockMode: Item<string | null>;
  sessionKey: Item<unknown>;
  /** The plan's write token (lib/vault/write-token.ts); storage.session's, unless a test passes its own. */
  writeToken?: WriteTokenItems;
  /** Asks the background to remove the session key once it expires (lib/vault/key-expiry.ts). */
  expireKeyAt?: (when: number) => void;
}

/**
 * 'popup': the key lives only in the popup's memory; the plan locks when the popup closes.
 * 'minutes': the raw key is kept in storage.session (memory only, cleared when the browser
 * closes) until `LOCK_AFTER_MS` after the last use.
 */
export type LockMode = 'popup' | 'minutes';
export const DEFAULT_LOCK_MODE: LockMode = 'popup';

export type VaultStatus =
  | { state: 'none' }
  | { state: 'locked'; waitMs: number; lockMode: LockMode }
  | { state: 'unlocked'; plan: PlanData; lockMode: LockMode }
  | { state: 'corrupt' };

export type UnlockResult =
  | { ok: true; plan: PlanData }
  | { ok: false; reason: 'wrong' | 'wait'; waitMs: number }
  | { ok: false; reason: 'corrupt' };

export interface PlanVaultOptions {
  params?: VaultParams;
  now?: () => number;
}
