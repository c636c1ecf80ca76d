import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPlan } from '../../lib/plan/data';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { resetStorage } from '../../lib/quick-exit/choices';
import type { QuickExitBrowser } from '../../lib/quick-exit/browser-api';
import { keepPlanOnExit, planLockout, planLockMode, planSessionKey, planVault, planWriteToken } from '../../lib/storage-items';
import { decryptText, deriveKey, encryptText, exportRawKey, newKeySpec, parseEnvelope, toBase64, fromBase64 } from '../../lib/vault/crypto';
import { isHandoff, PLAN_VAULT_LOCAL_KEY, storeHandoffInPolicyArea, type PlanHandoff } from '../../lib/vault/handoff';
import { MAX_DELAY_MS, parseLockout } from '../../lib/vault/lockout';
import { createPlanVault } from '../../lib/vault/plan-vault';
import { parseSessionKey, LOCK_AFTER_MS } from '../../lib/vault/session-key';
import { KEEP_PLAN_LOCAL_KEY, PLAN_WRITE_TOKEN_KEY } from '../../lib/vault/write-token';

const FAST = { iterations: 1000 };
const items = { vault: planVault, lockout: planLockout, lockMode: planLockMode, sessionKey: planSessionKey };
const api = () => fakeBrowser as unknown as QuickExitBrowser;

/** The popup: the plan open, a change typed that the draft saver has not stored yet. */
async function popupWithUnsavedChange(text: string) {
  const actions = createPlanActions({ params: FAST, delayMs: 60_000 });
  await actions.create('four unrelated words', 'popup');
  actions.change({ ...emptyPlan(), fields: { route: text } });
  return actions;
}

describe('after a wipe, nothing brings the plan back (issue 26)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the keys agree with the storage registry', () => {
    expect(planWriteToken.key).toBe(`session:${PLAN_WRITE_TOKEN_KEY}`);
    expect(keepPlanOnExit.key).toBe(`local:${KEEP_PLAN_LOCAL_KEY}`);
  });

  it('a hand-over that arrives after a quick exit does not write the plan back', async () => {
    const actions = await popupWithUnsavedChange('the last words');
    const message = actions.handoff()!;
    await resetStorage(api());
    expect(await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => false)).toBe(false);
    expect(await fakeBrowser.storage.local.get(PLAN_VAULT_LOCAL_KEY)).toEqual({});
    // and in ephemeral mode (a terminal) not into memory-only storage either
    expect(await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => true)).toBe(false);
    expect(await fakeBrowser.storage.session.get(PLAN_VAULT_LOCAL_KEY)).toEqual({});
  });

  it('a hand-over whose write lands while the quick exit is cleaning is undone', async () => {
    const actions = await popupWithUnsavedChange('the last words');
    const message = actions.handoff()!;
    // the quick exit runs its storage reset between the hand-over's check and its write
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let raced = false;
    fakeBrowser.storage.local.set = async (values) => {
      if (!raced && PLAN_VAULT_LOCAL_KEY in values) {
        raced = true;
        await resetStorage(api());
      }
      return set(values);
    };
    expect(await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => false)).toBe(false);
    expect(raced).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a hand-over that runs while the quick exit removes storage (after the plan, before the rest) stays out', async () => {
    const actions = await popupWithUnsavedChange('the last words');
    const message = actions.handoff()!;
    const remove = fakeBrowser.storage.local.remove.bind(fakeBrowser.storage.local);
    let handedOver: boolean | null = null;
    fakeBrowser.storage.local.remove = async (keys) => {
      await remove(keys);
      handedOver ??= await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => false);
    };
    await resetStorage(api());
    expect(handedOver).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("when she keeps her plan on quick exit, it stays (a late hand-over neither removes nor rewrites it)", async () => {
    await keepPlanOnExit.setValue(true);
    const actions = await popupWithUnsavedChange('typed late');
    await actions.flush();
    const saved = await planVault.getValue();
    actions.change({ ...emptyPlan(), fields: { route: 'typed even later' } });
    const message = actions.handoff()!;
    await resetStorage(api());
    expect(await planVault.getValue()).toEqual(saved);
    await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => false);
    expect(await planVault.getValue()).toEqual(saved);
  });

  it("the popup's own save after a wipe writes nothing and locks the plan", async () => {
    const actions = createPlanActions({ params: FAST, delayMs: 60_000 });
    await actions.create('four unrelated words', 'popup');
    await resetStorage(api());
    actions.change({ ...emptyPlan(), fields: { route: 'after the wipe' } });
    await actions.flush().catch(() => undefined);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(actions.handoff()).toBeNull();
  });

  it('"Delete my plan" also stops a later hand-over', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('pw pw pw');
    const message = vault.handoff(emptyPlan())!;
    await vault.remove();
    await storeHandoffInPolicyArea(message, fakeBrowser.storage, async () => false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a newly opened plan gets a new token: a hand-over from the popup before the wipe stays out', async () => {
    const before = await popupWithUnsavedChange('old popup');
    const stale = before.handoff()!;
    await resetStorage(api());
    const after = createPlanActions({ params: FAST, delayMs: 60_000 });
    await after.create('new words here', 'popup');
    const fresh = await planVault.getValue();
    await storeHandoffInPolicyArea(stale, fakeBrowser.storage, async () => false);
    expect(await planVault.getValue()).toEqual(fresh);
  });
});

describe('what is read back is checked before use (issue 26)', () => {
  beforeEach(() => fakeBrowser.reset());

  async function validEnvelope() {
    const spec = newKeySpec(FAST);
    return encryptText(await deriveKey('pw', spec), spec, 'text');
  }

  it('iteration counts outside 1 000–10 000 000, a salt or IV of the wrong size: the plan is reported unreadable and kept', async () => {
    const good = await validEnvelope();
    expect(parseEnvelope(good)).toEqual(good);
    const bad = [
      { ...good, iterations: 999 },
      { ...good, iterations: 10_000_001 },
      { ...good, iterations: 1e12 },
      { ...good, iterations: 2000.5 },
      { ...good, salt: toBase64(new Uint8Array(8)) },
      { ...good, salt: toBase64(new Uint8Array(65)) },
      { ...good, iv: toBase64(new Uint8Array(16)) },
      { ...good, iv: 'AAAAAAAAAAAAAAA=' }, // 11 bytes
      { ...good, ct: 'AAAA' },
    ];
    for (const value of bad) {
      expect(() => parseEnvelope(value), JSON.stringify(value)).toThrow(/cannot be read/);
      await planVault.setValue(value);
      const vault = createPlanVault(items, { params: FAST });
      expect(await vault.open()).toEqual({ state: 'corrupt' });
      expect(await vault.unlock('pw')).toEqual({ ok: false, reason: 'corrupt' });
      expect(await planVault.getValue()).toEqual(value);
    }
  });

  it('the session-key record must have its own shape; a malformed one is ignored and removed, the plan stays locked and intact', async () => {
    const now = 1_000_000;
    const spec = newKeySpec(FAST);
    const raw = await exportRawKey(await deriveKey('pw', spec, true));
    const good = { raw, ...spec, expiresAt: now + 1000 };
    expect(parseSessionKey(good, now)).toEqual(good);
    for (const bad of [
      null,
      'text',
      { ...good, raw: toBase64(new Uint8Array(16)) },
      { ...good, raw: 42 },
      { ...good, salt: '!!' },
      { ...good, iterations: 1 },
      { ...good, iterations: '1000' },
      { ...good, expiresAt: now + LOCK_AFTER_MS + 1 },
      { ...good, expiresAt: Number.NaN },
    ]) {
      expect(parseSessionKey(bad, now), JSON.stringify(bad)).toBeNull();
    }
    // in the vault: 'minutes' mode, a record that expires in a year does not open the plan
    const vault = createPlanVault(items, { params: FAST, now: () => now });
    await vault.create('pw', 'minutes');
    const stored = await planVault.getValue();
    const record = (await planSessionKey.getValue()) as typeof good;
    await planSessionKey.setValue({ ...record, expiresAt: now + 365 * 24 * 3_600_000 });
    expect(await createPlanVault(items, { params: FAST, now: () => now }).open()).toMatchObject({ state: 'locked' });
    expect(await planSessionKey.getValue()).toBeNull();
    expect(await planVault.getValue()).toEqual(stored);
  });

  it('a hand-over must carry a well-formed key, salt and iteration count', async () => {
    const spec = newKeySpec(FAST);
    const key = await exportRawKey(await deriveKey('pw', spec, true));
    const good: PlanHandoff = { type: 'save-notes', key, salt: spec.salt, iterations: 1000, turn: 't', plaintext: '{}' };
    expect(isHandoff(good)).toBe(true);
    for (const bad of [{ ...good, iterations: 1 }, { ...good, salt: 'x' }, { ...good, key: 'k' }, { ...good, turn: undefined }]) expect(isHandoff(bad)).toBe(false);
  });

  it('a lock-out wait is never longer than five minutes from now, whatever is stored', async () => {
    const now = 1_000_000;
    expect(parseLockout({ failures: 5, nextAllowedAt: now + 10 * 3_600_000 }, now)).toEqual({ failures: 5, nextAllowedAt: now + MAX_DELAY_MS });
    expect(parseLockout({ failures: 1e9, nextAllowedAt: Infinity }, now).nextAllowedAt).toBe(0);
    expect(parseLockout({ failures: -3, nextAllowedAt: now }, now).failures).toBe(0);
    await planLockout.setValue({ failures: 4, nextAllowedAt: now + 48 * 3_600_000 });
    const vault = createPlanVault(items, { params: FAST, now: () => now });
    await planVault.setValue(await validEnvelope());
    expect(await vault.open()).toMatchObject({ state: 'locked', waitMs: MAX_DELAY_MS });
  });
});

describe('the ciphertext is bound to its purpose (AES-GCM additional data, issue 26)', () => {
  it('a changed header does not open, even with the right key', async () => {
    const spec = newKeySpec(FAST);
    const key = await deriveKey('pw', spec);
    const envelope = await encryptText(key, spec, 'plan text');
    expect(envelope.v).toBe(2);
    expect(await decryptText(key, envelope)).toBe('plan text');
    // the same key and bytes presented as an old envelope (no additional data), or with another count
    await expect(decryptText(key, { ...envelope, v: 1 })).rejects.toThrow(/does not open/);
    await expect(decryptText(key, { ...envelope, iterations: 1001 })).rejects.toThrow(/does not open/);
  });

  it('a ciphertext made without the purpose (something else encrypted with the same key) does not open as a plan', async () => {
    const spec = newKeySpec(FAST);
    const key = await deriveKey('pw', spec);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const other = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode('other') }, key, new TextEncoder().encode('x')));
    const envelope = { ...(await encryptText(key, spec, 'y')), iv: toBase64(iv), ct: toBase64(other) };
    await expect(decryptText(key, envelope)).rejects.toThrow(/does not open/);
    expect(fromBase64(envelope.iv)).toHaveLength(12);
  });
});

describe("'minutes' mode: the plan's key expires in session storage by itself (issue 22)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('the vault sets an alarm at the expiry; the background then removes the key without the plan being opened', async () => {
    const { keyExpiryAlarm, removeExpiredKey, isKeyExpiryAlarm, KEY_EXPIRY_ALARM, SESSION_KEY_KEY } = await import('../../lib/vault/key-expiry');
    expect(planSessionKey.key).toBe(`session:${SESSION_KEY_KEY}`);
    let now = 5_000_000;
    const vault = createPlanVault({ ...items, expireKeyAt: keyExpiryAlarm(fakeBrowser.alarms) }, { params: FAST, now: () => now });
    await vault.create('pw', 'minutes');
    const alarm = await fakeBrowser.alarms.get(KEY_EXPIRY_ALARM);
    expect(alarm).toMatchObject({ scheduledTime: now + LOCK_AFTER_MS });
    expect(isKeyExpiryAlarm(alarm!)).toBe(true);
    // used again after a minute: the expiry (and the alarm) move on
    now += 60_000;
    await vault.save({ ...emptyPlan(), fields: { route: 'x' } });
    expect(await fakeBrowser.alarms.get(KEY_EXPIRY_ALARM)).toMatchObject({ scheduledTime: now + LOCK_AFTER_MS });
    // the old alarm time: the key is still in use, so it stays and the alarm is set again
    expect(await removeExpiredKey(fakeBrowser.storage.session, fakeBrowser.alarms, now + LOCK_AFTER_MS - 60_000)).toBe(false);
    expect(await planSessionKey.getValue()).not.toBeNull();
    // the new time: gone, though nobody opened the plan
    expect(await removeExpiredKey(fakeBrowser.storage.session, fakeBrowser.alarms, now + LOCK_AFTER_MS)).toBe(true);
    expect(await planSessionKey.getValue()).toBeNull();
    expect(await planVault.getValue()).not.toBeNull();
  });

  it('a record that is not well-formed is removed at once; no record, nothing happens', async () => {
    const { removeExpiredKey } = await import('../../lib/vault/key-expiry');
    expect(await removeExpiredKey(fakeBrowser.storage.session, fakeBrowser.alarms, 0)).toBe(false);
    await planSessionKey.setValue({ raw: 'short', expiresAt: 10 });
    expect(await removeExpiredKey(fakeBrowser.storage.session, fakeBrowser.alarms, 0)).toBe(true);
    expect(await planSessionKey.getValue()).toBeNull();
  });
});
