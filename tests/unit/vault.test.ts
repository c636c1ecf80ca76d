import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_ITERATIONS,
  WrongPassphraseError,
  decryptText,
  deriveKey,
  encryptText,
  fromBase64,
  newKeySpec,
  parseEnvelope,
  toBase64,
  type Envelope,
} from '../../lib/vault/crypto';
import { delayAfter, recordFailure, waitLeft, NO_LOCKOUT } from '../../lib/vault/lockout';
import { createPlanVault, SaveFailedError } from '../../lib/vault/plan-vault';
import { planLockMode, planLockout, planSessionKey, planVault, STORAGE_ITEMS } from '../../lib/storage-items';
import { emptyPlan } from '../../lib/plan/data';

// Unit tests derive keys with a low cost, passed explicitly; the product default stays 600 000.
const FAST = { iterations: 1000 };
const items = { vault: planVault, lockout: planLockout, lockMode: planLockMode, sessionKey: planSessionKey };
const UNUSUAL = 'مرحبا שלום ‏RTL‏ 👩‍👧‍👦 <img src=x onerror="alert(1)"> & "quotes" \u0000 \n\t end';

async function roundTrip(text: string) {
  const spec = newKeySpec(FAST);
  const key = await deriveKey('correct horse', spec);
  const env = await encryptText(key, spec, text);
  return { env, back: await decryptText(await deriveKey('correct horse', spec), env) };
}

function flipByte(b64: string, index = 0): string {
  const bytes = fromBase64(b64);
  bytes[index] = bytes[index]! ^ 1;
  return toBase64(bytes);
}

describe('vault crypto', () => {
  it('keeps the product default at 600 000 iterations or more', () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips unicode, RTL, emoji, markup and long text exactly', async () => {
    for (const text of ['', 'a', UNUSUAL, 'x'.repeat(200_000), UNUSUAL.repeat(500)]) {
      expect((await roundTrip(text)).back).toBe(text);
    }
  });

  it('writes a versioned envelope with salt, iterations, algorithm and a fresh 96-bit IV each time', async () => {
    const spec = newKeySpec(FAST);
    const key = await deriveKey('pw', spec);
    const a = await encryptText(key, spec, 'same text');
    const b = await encryptText(key, spec, 'same text');
    expect(a).toMatchObject({ v: 2, kdf: 'PBKDF2-SHA256', alg: 'AES-GCM-256', iterations: 1000, salt: spec.salt });
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(a.ct).not.toContain('same');
  });

  it('refuses a wrong passphrase', async () => {
    const { env } = await roundTrip('secret');
    const wrong = await deriveKey('wrong horse', { salt: env.salt, iterations: env.iterations });
    await expect(decryptText(wrong, env)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('detects a changed ciphertext, IV or salt', async () => {
    const { env } = await roundTrip('secret plan');
    const key = await deriveKey('correct horse', { salt: env.salt, iterations: env.iterations });
    await expect(decryptText(key, { ...env, ct: flipByte(env.ct, 3) })).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(decryptText(key, { ...env, iv: flipByte(env.iv) })).rejects.toBeInstanceOf(WrongPassphraseError);
    const saltChanged: Envelope = { ...env, salt: flipByte(env.salt) };
    const keyFromChangedSalt = await deriveKey('correct horse', { salt: saltChanged.salt, iterations: env.iterations });
    await expect(decryptText(keyFromChangedSalt, saltChanged)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('rejects data that is not an envelope it knows', () => {
    for (const bad of [null, 'text', 42, {}, { v: 2 }, { v: 1, kdf: 'x' }, { v: 1, kdf: 'PBKDF2-SHA256', alg: 'AES-GCM-256', iterations: 1, salt: '!!', iv: 'AAAA', ct: 'AAAA' }]) {
      expect(() => parseEnvelope(bad)).toThrow(/cannot be read/);
    }
  });
});

describe('lockout', () => {
  it('lets three tries pass, then waits longer after each wrong try, up to five minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(delayAfter)).toEqual([0, 0, 2000, 4000, 8000, 16000, 300000]);
    const s = recordFailure(recordFailure(recordFailure(NO_LOCKOUT, 0), 0), 1000);
    expect(waitLeft(s, 1000)).toBe(2000);
    expect(waitLeft(s, 4000)).toBe(0);
  });
});

describe('the plan vault in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers every plan key in the storage registry (so quick exit wipes them)', () => {
    const keys = STORAGE_ITEMS.map((i) => i.key);
    for (const item of Object.values(items)) expect(keys).toContain(item.key);
    expect(keys).toEqual(expect.arrayContaining(['local:notes', 'local:notesTries', 'local:notesLock', 'session:notesKey']));
  });

  it('creates, saves, locks and unlocks; storage holds no plain text', async () => {
    const vault = createPlanVault(items, { params: FAST });
    expect(await vault.open()).toEqual({ state: 'none' });
    await vault.create('my pass phrase');
    const plan = { ...emptyPlan(), fields: { warningSigns: UNUSUAL }, checks: { id: true } };
    await vault.save(plan);
    await vault.lock();
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('onerror');
    // no key in memory-only storage either: only the plan's write token (lib/vault/write-token.ts)
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['notesTurn']);
    const reopened = createPlanVault(items, { params: FAST });
    expect(await reopened.open()).toMatchObject({ state: 'locked', waitMs: 0, lockMode: 'popup' });
    expect(await reopened.unlock('my pass phrase')).toEqual({ ok: true, plan });
  });

  it('wrong passphrase: nothing changes, and the wait grows and survives a reopened popup', async () => {
    let now = 1_000_000;
    const vault = createPlanVault(items, { params: FAST, now: () => now });
    await vault.create('right');
    await vault.save({ ...emptyPlan(), fields: { codeWord: 'tulp' } });
    await vault.lock();
    const before = await planVault.getValue();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await vault.unlock('wrong'));
    expect(results.map((r) => r.ok || r.reason)).toEqual(['wrong', 'wrong', 'wrong']);
    expect(results[2]).toMatchObject({ waitMs: 2000 });
    const again = createPlanVault(items, { params: FAST, now: () => now });
    expect(await again.open()).toMatchObject({ state: 'locked', waitMs: 2000 });
    expect(await again.unlock('right')).toMatchObject({ ok: false, reason: 'wait' });
    now += 2000;
    expect(await again.unlock('wrong')).toMatchObject({ ok: false, reason: 'wrong', waitMs: 4000 });
    expect(await planVault.getValue()).toEqual(before);
    now += 4000;
    expect(await again.unlock('right')).toMatchObject({ ok: true, plan: { fields: { codeWord: 'tulp' } } });
    expect(await planLockout.getValue()).toBeNull();
  });

  it('opens a v1 envelope written with older parameters and re-encrypts it in the current form', async () => {
    // a plan as an earlier version stored it: version 1, no additional authenticated data
    const spec = newKeySpec({ iterations: 1000 });
    const key = await deriveKey('pw', spec);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify({ ...emptyPlan(), fields: { route: 'via the park' } }));
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
    const oldEnvelope = { v: 1, kdf: 'PBKDF2-SHA256', iterations: 1000, salt: spec.salt, alg: 'AES-GCM-256', iv: toBase64(iv), ct: toBase64(ct) };
    await planVault.setValue(oldEnvelope);
    const upgraded = createPlanVault(items, { params: { iterations: 1500 } });
    expect(await upgraded.open()).toMatchObject({ state: 'locked' });
    expect(await upgraded.unlock('pw')).toMatchObject({ ok: true, plan: { fields: { route: 'via the park' } } });
    const newEnvelope = parseEnvelope(await planVault.getValue());
    expect(newEnvelope).toMatchObject({ v: 2, iterations: 1500 });
    expect(newEnvelope.salt).not.toBe(oldEnvelope.salt);
    await upgraded.lock();
    expect(await createPlanVault(items, { params: { iterations: 1500 } }).unlock('pw')).toMatchObject({ ok: true });
  });

  it('corrupt or foreign data: says so, keeps it, and replaces it only when asked to start again', async () => {
    await planVault.setValue({ something: 'from another program' });
    const vault = createPlanVault(items, { params: FAST });
    expect(await vault.open()).toEqual({ state: 'corrupt' });
    expect(await vault.unlock('anything')).toEqual({ ok: false, reason: 'corrupt' });
    expect(await planVault.getValue()).toEqual({ something: 'from another program' });
    await vault.create('new start');
    expect(parseEnvelope(await planVault.getValue()).v).toBe(2);
  });

  it('storage full: a clear error, and the last saved version still opens', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('pw');
    await vault.save({ ...emptyPlan(), fields: { money: 'saved version' } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await vault.save({ ...emptyPlan(), fields: { money: 'x'.repeat(5000) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveFailedError);
    expect((error as SaveFailedError).full).toBe(true);
    vi.restoreAllMocks();
    await vault.lock();
    expect(await vault.unlock('pw')).toMatchObject({ ok: true, plan: { fields: { money: 'saved version' } } });
  });

  it("'minutes' mode keeps the key in storage.session until it expires; 'popup' mode never does", async () => {
    let now = 0;
    const vault = createPlanVault(items, { params: FAST, now: () => now });
    await vault.create('pw', 'minutes');
    await vault.save({ ...emptyPlan(), fields: { digital: 'new password' } });
    const session = JSON.stringify(await fakeBrowser.storage.session.get());
    expect(session).not.toContain('new password');
    expect(await createPlanVault(items, { params: FAST, now: () => now }).open()).toMatchObject({ state: 'unlocked', plan: { fields: { digital: 'new password' } } });
    now += 6 * 60_000;
    expect(await createPlanVault(items, { params: FAST, now: () => now }).open()).toMatchObject({ state: 'locked' });
    expect(await planSessionKey.getValue()).toBeNull();
    await vault.setLockMode('popup');
    expect(await planSessionKey.getValue()).toBeNull();
  });

  it('delete my plan removes every plan value', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('pw', 'minutes');
    await vault.remove();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await vault.open()).toEqual({ state: 'none' });
  });
});

describe('handing the last change to the background when the popup closes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background stores the handed-over plan encrypted, and it opens with the passphrase', async () => {
    const { isHandoff, storeHandoff } = await import('../../lib/vault/handoff');
    const { createPlanActions } = await import('../../lib/popup/plan-actions');
    const actions = createPlanActions({ params: FAST, delayMs: 60_000 });
    await actions.create('pw pw pw pw', 'popup');
    expect(actions.handoff()).toBeNull();
    actions.change({ ...emptyPlan(), fields: { route: 'last words' } });
    const message = actions.handoff();
    expect(isHandoff(message)).toBe(true);
    await storeHandoff(message!, (e) => planVault.setValue(e));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('last words');
    expect(await createPlanVault(items, { params: FAST }).unlock('pw pw pw pw')).toMatchObject({ ok: true, plan: { fields: { route: 'last words' } } });
    expect(isHandoff({ type: 'other' })).toBe(false);
    const { PLAN_VAULT_LOCAL_KEY } = await import('../../lib/vault/handoff');
    expect(planVault.key).toBe(`local:${PLAN_VAULT_LOCAL_KEY}`);
  });
});

describe('ephemeral mode (public terminals)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every part of the plan in memory-only session storage, nothing on disk', async () => {
    const { createPlanActions, EPHEMERAL_PLAN_ITEMS } = await import('../../lib/popup/plan-actions');
    const actions = createPlanActions({ items: EPHEMERAL_PLAN_ITEMS, params: FAST, delayMs: 1 });
    await actions.create('pw pw pw pw', 'popup');
    actions.change({ ...emptyPlan(), fields: { route: 'bus 12' } });
    await actions.flush();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('notes');
    const keys = STORAGE_ITEMS.map((i) => i.key);
    for (const item of Object.values(EPHEMERAL_PLAN_ITEMS)) if (typeof item === 'object' && 'key' in item) expect(keys).toContain(item.key);
  });
});

describe('the plan loads only when it is opened', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has nothing to hand over before, loads once, and then hands over the last change', async () => {
    const { createPlanLoader } = await import('../../lib/popup/plan-loader');
    const loader = createPlanLoader({ ephemeral: false, params: FAST, delayMs: 60_000 });
    expect(loader.handoff()).toBeNull();
    await expect(loader.flush()).resolves.toBeUndefined();
    const [actions, again] = await Promise.all([loader.load(), loader.load()]);
    expect(again).toBe(actions);
    await actions.create('pw pw pw pw', 'popup');
    actions.change({ ...emptyPlan(), fields: { route: 'last words' } });
    expect(loader.handoff()).not.toBeNull();
  });

  it('keeps the plan in session storage in ephemeral mode', async () => {
    const { createPlanLoader } = await import('../../lib/popup/plan-loader');
    const loader = createPlanLoader({ ephemeral: true, params: FAST, delayMs: 1 });
    const actions = await loader.load();
    await actions.create('pw pw pw pw', 'popup');
    actions.change({ ...emptyPlan(), fields: { route: 'bus 12' } });
    await loader.flush();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('notes');
  });
});

