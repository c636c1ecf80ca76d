import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coverCode, planVault, removeOnQuickExit, safePageSetting, STORAGE_ITEMS } from '../../lib/storage-items';
import { keyHash, migrateStorageKeys, RENAMED_LOCAL_KEYS } from '../../lib/storage-migration';

/** The keys of versions before 0.2, spelled out here (the shipped code knows only their hashes). */
const OLD_KEYS = { safePage: 'startPage', removeOnExit: 'uninstallOnClear', planVault: 'notes', planLockout: 'notesTries', planLockMode: 'notesLock', coverCode: 'keypad' };

import { helpWordsIn } from '../e2e/support/help-words';

/** Besides the help words: names of the features behind the calculator. */
const FEATURE_WORDS = /plan|vault|exit|safe|cover|code|track|site/i;

describe('storage keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('name nothing that a person checking DevTools could read as help', () => {
    for (const { key } of STORAGE_ITEMS) {
      expect(key.split(':')[1]).not.toMatch(FEATURE_WORDS);
      expect(helpWordsIn(key)).toEqual([]);
    }
  });

  it('a code, a plan and the settings stored by an earlier version are moved to the new keys, once', async () => {
    const code = { v: 1, salt: 'c2FsdA==', iterations: 100000, hash: 'aGFzaA==' };
    const envelope = { v: 1, kdf: 'PBKDF2-SHA256', iterations: 1000000, salt: 'x', alg: 'AES-GCM', iv: 'y', ct: 'z' };
    await fakeBrowser.storage.local.set({ coverCode: code, planVault: envelope, safePage: 'https://weer.example/', removeOnExit: true, language: 'tr' });

    expect((await migrateStorageKeys(fakeBrowser.storage.local)).sort()).toEqual(['coverCode', 'planVault', 'removeOnExit', 'safePage']);
    expect(await coverCode.getValue()).toEqual(code);
    expect(await planVault.getValue()).toEqual(envelope);
    expect(await safePageSetting.getValue()).toBe('https://weer.example/');
    expect(await removeOnQuickExit.getValue()).toBe(true);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    for (const old of Object.keys(OLD_KEYS)) expect(keys).not.toContain(old);
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

  it('recognises exactly the old keys by their hash, each to its new key', () => {
    expect(Object.fromEntries(Object.keys(OLD_KEYS).map((k) => [k, RENAMED_LOCAL_KEYS[keyHash(k)]]))).toEqual(OLD_KEYS);
    expect(Object.keys(RENAMED_LOCAL_KEYS)).toHaveLength(Object.keys(OLD_KEYS).length);
    for (const { key } of STORAGE_ITEMS) expect(RENAMED_LOCAL_KEYS[keyHash(key.split(':')[1]!)]).toBeUndefined();
  });

  it('every renamed key lands on a registered key', () => {
    const registered = STORAGE_ITEMS.map((i) => i.key);
    for (const target of Object.values(RENAMED_LOCAL_KEYS)) expect(registered).toContain(`local:${target}`);
  });
});
