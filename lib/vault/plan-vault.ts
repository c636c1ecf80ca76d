import { emptyPlan, parsePlan, serialisePlan, type PlanData } from '../plan/data';
import {
  CorruptVaultError,
  DEFAULT_PARAMS,
  WrongPassphraseError,
  decryptText,
  deriveKey,
  encryptText,
  exportRawKey,
  importRawKey,
  isOutdated,
  newKeySpec,
  parseEnvelope,
  specOf,
  type KeySpec,
  type VaultParams,
} from './crypto';
import { HANDOFF_TYPE, type PlanHandoff } from './handoff';
import { NO_LOCKOUT, parseLockout, recordFailure, waitLeft } from './lockout';

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
}

/**
 * 'popup': the key lives only in the popup's memory; the plan locks when the popup closes.
 * 'minutes': the raw key is kept in storage.session (memory only, cleared when the browser
 * closes) until `LOCK_AFTER_MS` after the last use.
 */
export type LockMode = 'popup' | 'minutes';
export const DEFAULT_LOCK_MODE: LockMode = 'popup';
export const LOCK_AFTER_MS = 5 * 60_000;

export type VaultStatus =
  | { state: 'none' }
  | { state: 'locked'; waitMs: number; lockMode: LockMode }
  | { state: 'unlocked'; plan: PlanData; lockMode: LockMode }
  | { state: 'corrupt' };

export type UnlockResult =
  | { ok: true; plan: PlanData }
  | { ok: false; reason: 'wrong' | 'wait'; waitMs: number }
  | { ok: false; reason: 'corrupt' };

/** Storage refused the write (full, or another failure); the stored version is unchanged. */
export class SaveFailedError extends Error {
  constructor(readonly full: boolean, cause: unknown) {
    super(full ? 'Storage is full' : 'Saving failed', { cause });
    this.name = 'SaveFailedError';
  }
}
export class LockedError extends Error {
  constructor() {
    super('The plan is locked');
    this.name = 'LockedError';
  }
}

interface SessionKey {
  raw: string;
  salt: string;
  iterations: number;
  expiresAt: number;
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

function mark(name: string) {
  globalThis.performance?.mark?.(name);
}

export interface PlanVaultOptions {
  params?: VaultParams;
  now?: () => number;
}

export function createPlanVault(items: VaultItems, { params = DEFAULT_PARAMS, now = Date.now }: PlanVaultOptions = {}) {
  let key: CryptoKey | null = null;
  let spec: KeySpec | null = null;
  // The raw key, exported as soon as the plan opens, so that `handoff` can be synchronous.
  let rawKey: string | null = null;
  async function remember(k: CryptoKey, s: KeySpec) {
    key = k;
    spec = s;
    rawKey = await exportRawKey(k);
  }
  function forget() {
    key = null;
    spec = null;
    rawKey = null;
  }
  let mode: LockMode = DEFAULT_LOCK_MODE;

  async function readMode(): Promise<LockMode> {
    mode = (await items.lockMode.getValue()) === 'minutes' ? 'minutes' : 'popup';
    return mode;
  }

  async function write(value: unknown) {
    try {
      await items.vault.setValue(value);
    } catch (error) {
      throw new SaveFailedError(isQuotaError(error), error);
    }
  }

  async function keepSessionKey() {
    if (mode !== 'minutes' || !key || !spec) return;
    const value: SessionKey = { raw: await exportRawKey(key), ...spec, expiresAt: now() + LOCK_AFTER_MS };
    await items.sessionKey.setValue(value);
  }

  async function decryptPlan(k: CryptoKey, stored: unknown): Promise<PlanData> {
    const envelope = parseEnvelope(stored);
    const text = await decryptText(k, envelope);
    try {
      return parsePlan(text);
    } catch {
      throw new CorruptVaultError('not a plan');
    }
  }

  async function encryptPlan(plan: PlanData): Promise<unknown> {
    if (!key || !spec) throw new LockedError();
    return encryptText(key, spec, serialisePlan(plan));
  }

  /** Tries the key kept in storage.session ('minutes' mode); null when there is none or it expired. */
  async function resumeSession(stored: unknown): Promise<PlanData | null> {
    const s = (await items.sessionKey.getValue()) as SessionKey | null;
    if (!s || typeof s.raw !== 'string') return null;
    if (mode !== 'minutes' || !(s.expiresAt > now())) {
      await items.sessionKey.removeValue();
      return null;
    }
    try {
      const k = await importRawKey(s.raw);
      const plan = await decryptPlan(k, stored);
      await remember(k, { salt: s.salt, iterations: s.iterations });
      await keepSessionKey();
      return plan;
    } catch {
      await items.sessionKey.removeValue();
      return null;
    }
  }

  return {
    /** What the popup shows on opening. Never deletes anything. */
    async open(): Promise<VaultStatus> {
      await readMode();
      const stored = await items.vault.getValue();
      if (stored === null || stored === undefined) return { state: 'none' };
      try {
        parseEnvelope(stored);
      } catch {
        return { state: 'corrupt' };
      }
      if (key) {
        try {
          return { state: 'unlocked', plan: await decryptPlan(key, stored), lockMode: mode };
        } catch {
          forget();
        }
      }
      const resumed = await resumeSession(stored);
      if (resumed) return { state: 'unlocked', plan: resumed, lockMode: mode };
      const lockout = parseLockout(await items.lockout.getValue());
      return { state: 'locked', waitMs: waitLeft(lockout, now()), lockMode: mode };
    },

    /** First use, or starting again after the user confirmed: replaces whatever was stored. */
    async create(passphrase: string, lockMode: LockMode = DEFAULT_LOCK_MODE): Promise<PlanData> {
      const newSpec = newKeySpec(params);
      const newKey = await deriveKey(passphrase, newSpec, true);
      const plan = emptyPlan();
      const envelope = await encryptText(newKey, newSpec, serialisePlan(plan));
      await write(envelope);
      await remember(newKey, newSpec);
      await items.lockout.removeValue();
      await items.lockMode.setValue(lockMode);
      mode = lockMode;
      await keepSessionKey();
      return plan;
    },

    async unlock(passphrase: string): Promise<UnlockResult> {
      await readMode();
      const lockout = parseLockout(await items.lockout.getValue());
      const wait = waitLeft(lockout, now());
      if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
      const stored = await items.vault.getValue();
      let envelope;
      try {
        envelope = parseEnvelope(stored);
      } catch {
        return { ok: false, reason: 'corrupt' };
      }
      mark('vault-unlock-start');
      const k = await deriveKey(passphrase, specOf(envelope), true);
      let plan: PlanData;
      try {
        plan = await decryptPlan(k, stored);
      } catch (error) {
        if (error instanceof CorruptVaultError) return { ok: false, reason: 'corrupt' };
        if (!(error instanceof WrongPassphraseError)) throw error;
        const next = recordFailure(lockout, now());
        await items.lockout.setValue(next);
        return { ok: false, reason: 'wrong', waitMs: waitLeft(next, now()) };
      }
      mark('vault-unlock-end');
      globalThis.performance?.measure?.('vault-unlock', 'vault-unlock-start', 'vault-unlock-end');
      await remember(k, specOf(envelope));
      if (lockout !== NO_LOCKOUT) await items.lockout.removeValue();
      if (isOutdated(envelope, params)) {
        // written with older parameters: re-encrypt with the current ones while we have the passphrase
        const newSpec = newKeySpec(params);
        const newKey = await deriveKey(passphrase, newSpec, true);
        const upgraded = await encryptText(newKey, newSpec, serialisePlan(plan));
        try {
          await write(upgraded);
          await remember(newKey, newSpec);
        } catch {
          // storage full: keep the older envelope, which still opens
        }
      }
      await keepSessionKey();
      return { ok: true, plan };
    },

    /** Encrypts and stores; on failure the last saved version stays as it was. */
    async save(plan: PlanData): Promise<void> {
      mark('vault-save-start');
      const envelope = await encryptPlan(plan);
      await write(envelope);
      mark('vault-save-end');
      globalThis.performance?.measure?.('vault-save', 'vault-save-start', 'vault-save-end');
      await keepSessionKey();
    },

    async setLockMode(next: LockMode): Promise<void> {
      mode = next;
      await items.lockMode.setValue(next);
      if (next === 'minutes') await keepSessionKey();
      else await items.sessionKey.removeValue();
    },

    /** A synchronous message with which the background can store `plan` (see handoff.ts); null when locked. */
    handoff(plan: PlanData): PlanHandoff | null {
      if (!rawKey || !spec) return null;
      return { type: HANDOFF_TYPE, key: rawKey, salt: spec.salt, iterations: spec.iterations, plaintext: serialisePlan(plan) };
    },

    async lock(): Promise<void> {
      forget();
      await items.sessionKey.removeValue();
    },

    /** "Delete my plan" (after the user confirmed): removes every stored value of the plan. */
    async remove(): Promise<void> {
      forget();
      await items.sessionKey.removeValue();
      await items.vault.removeValue();
      await items.lockout.removeValue();
      await items.lockMode.removeValue();
    },

    get unlocked(): boolean {
      return key !== null;
    },
  };
}

export type PlanVault = ReturnType<typeof createPlanVault>;
