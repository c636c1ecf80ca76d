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
} from './crypto';
import { planWriteToken, keepPlanOnExit } from '../storage-items';
import { isQuotaError, LockedError, SaveFailedError } from './errors';
import { HANDOFF_TYPE, type PlanHandoff } from './handoff';
import { NO_LOCKOUT, parseLockout, recordFailure, waitLeft } from './lockout';
import { isLive, LOCK_AFTER_MS, parseSessionKey, type SessionKey } from './session-key';
import { currentWriteToken, writeWhileCurrent, type WriteTokenItems } from './write-token';

import { DEFAULT_LOCK_MODE, type LockMode, type PlanVaultOptions, type UnlockResult, type VaultItems, type VaultStatus } from './vault-types';

export { LockedError, SaveFailedError } from './errors';
export { LOCK_AFTER_MS } from './session-key';
export { DEFAULT_LOCK_MODE, type Item, type LockMode, type PlanVaultOptions, type UnlockResult, type VaultItems, type VaultStatus } from './vault-types';

const WRITE_TOKEN: WriteTokenItems = { token: planWriteToken, keepPlan: keepPlanOnExit };

function mark(name: string) {
  globalThis.performance?.mark?.(name);
}

export function createPlanVault(items: VaultItems, { params = DEFAULT_PARAMS, now = Date.now }: PlanVaultOptions = {}) {
  const tokens = items.writeToken ?? WRITE_TOKEN;
  let key: CryptoKey | null = null;
  let spec: KeySpec | null = null;
  // The raw key, exported as soon as the plan opens, so that `handoff` can be synchronous.
  let rawKey: string | null = null;
  // The plan's write token while it is open: no write lands once a wipe took it (write-token.ts).
  let token: string | null = null;
  async function remember(k: CryptoKey, s: KeySpec) {
    key = k;
    spec = s;
    rawKey = await exportRawKey(k);
    token = await currentWriteToken(tokens);
  }
  function forget() {
    key = null;
    spec = null;
    rawKey = null;
    token = null;
  }
  let mode: LockMode = DEFAULT_LOCK_MODE;

  async function readMode(): Promise<LockMode> {
    mode = (await items.lockMode.getValue()) === 'minutes' ? 'minutes' : 'popup';
    return mode;
  }

  async function store(value: unknown) {
    try {
      await items.vault.setValue(value);
    } catch (error) {
      throw new SaveFailedError(isQuotaError(error), error);
    }
  }
  /** Stores only while the plan was not wiped since it opened; otherwise forgets the key. */
  async function write(value: unknown) {
    if (!token || !(await writeWhileCurrent(tokens, token, () => store(value), () => items.vault.removeValue()))) {
      forget();
      throw new LockedError();
    }
  }

  async function keepSessionKey() {
    if (mode !== 'minutes' || !key || !spec) return;
    const value: SessionKey = { raw: await exportRawKey(key), ...spec, expiresAt: now() + LOCK_AFTER_MS };
    await items.sessionKey.setValue(value);
    items.expireKeyAt?.(value.expiresAt);
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

  /** Tries the key kept in storage.session ('minutes' mode); null when there is none, it expired or is not well-formed. */
  async function resumeSession(stored: unknown): Promise<PlanData | null> {
    const found = await items.sessionKey.getValue();
    if (found === null || found === undefined) return null;
    const s = parseSessionKey(found, now());
    if (!s || mode !== 'minutes' || !isLive(s, now())) {
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

  /** Re-encrypts a plan written in an older form or with older parameters, while the passphrase is known. */
  async function upgrade(passphrase: string, plan: PlanData) {
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
      const lockout = parseLockout(await items.lockout.getValue(), now());
      return { state: 'locked', waitMs: waitLeft(lockout, now()), lockMode: mode };
    },

    /** First use, or starting again after the user confirmed: replaces whatever was stored. */
    async create(passphrase: string, lockMode: LockMode = DEFAULT_LOCK_MODE): Promise<PlanData> {
      const newSpec = newKeySpec(params);
      const newKey = await deriveKey(passphrase, newSpec, true);
      const plan = emptyPlan();
      const envelope = await encryptText(newKey, newSpec, serialisePlan(plan));
      await remember(newKey, newSpec);
      await write(envelope);
      await items.lockout.removeValue();
      await items.lockMode.setValue(lockMode);
      mode = lockMode;
      await keepSessionKey();
      return plan;
    },

    async unlock(passphrase: string): Promise<UnlockResult> {
      await readMode();
      const lockout = parseLockout(await items.lockout.getValue(), now());
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
      // an older form (no additional data) or weaker parameters: saved anew, once
      if (isOutdated(envelope, params)) await upgrade(passphrase, plan);
      await keepSessionKey();
      return { ok: true, plan };
    },

    /** Encrypts and stores; on failure the last saved version stays as it was. */
    async save(plan: PlanData): Promise<void> {
      if (!key || !spec) throw new LockedError();
      mark('vault-save-start');
      const envelope = await encryptText(key, spec, serialisePlan(plan));
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
      if (!rawKey || !spec || !token) return null;
      return { type: HANDOFF_TYPE, key: rawKey, salt: spec.salt, iterations: spec.iterations, turn: token, plaintext: serialisePlan(plan) };
    },

    async lock(): Promise<void> {
      forget();
      await items.sessionKey.removeValue();
    },

    /** "Delete my plan" (after the user confirmed): removes every stored value of the plan; no late write brings it back. */
    async remove(): Promise<void> {
      forget();
      await tokens.token.removeValue();
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
