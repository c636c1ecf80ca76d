import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coverCode, planVault, removeOnQuickExit, safePageSetting, STORAGE_ITEMS } from '../../lib/storage-items';
import { migrateStorageKeys, RENAMED_LOCAL_KEYS } from '../../lib/storage-migration';

const HELP_WORDS = /help|hulp|plan|vault|exit|safe|cover|code|track|site/i;

describe('storage keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('name nothing that a person checking DevTools could read as help', () => {
    for (const { key } of STORAGE_ITEMS) expect(key.split(':')[1]).not.toMatch(HELP_WORDS);
  });

  it('a code, a plan and the settings stored by an earlier version are moved to the new keys, once', async () => {
    const code = { v: 1, salt: 'c2FsdA==', iterations: 100000, hash: 'aGFzaA==' };
    const envelope = { v: 1, kdf: 'PBKDF2-SHA256', iterations: 1000000, salt: 'x', alg: 'AES-GCM', iv: 'y', ct: 'z' };
    await fakeBrowser.storage.local.set({ coverCode: code, planVault: envelope, safePage: 'https://weer.example/', removeOnExit: true, language: 'tr' });

    expect(await migrateStorageKeys(fakeBrowser.storage.local)).toEqual(['safePage', 'removeOnExit', 'planVault', 'coverCode']);
    expect(await coverCode.getValue()).toEqual(code);
    expect(await planVault.getValue()).toEqual(envelope);
    expect(await safePageSetting.getValue()).toBe('https://weer.example/');
    expect(await removeOnQuickExit.getValue()).toBe(true);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    for (const old of Object.keys(RENAMED_LOCAL_KEYS)) expect(keys).not.toContain(old);
    expect(keys).toContain('language');

    expect(await migrateStorageKeys(fakeBrowser.storage.local)).toEqual([]);
    expect(await coverCode.getValue()).toEqual(code);
  });

  it('a value already under the new key is newer and wins; the old one goes', async () => {
    await fakeBrowser.storage.local.set({ coverCode: { v: 1, old: true }, keypad: { v: 1, new: true } });
    await migrateStorageKeys(fakeBrowser.storage.local);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ keypad: { v: 1, new: true } });
  });

  it('nothing stored: nothing written', async () => {
    expect(await migrateStorageKeys(fakeBrowser.storage.local)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('every renamed key lands on a registered key', () => {
    const registered = STORAGE_ITEMS.map((i) => i.key);
    for (const target of Object.values(RENAMED_LOCAL_KEYS)) expect(registered).toContain(`local:${target}`);
  });
});
