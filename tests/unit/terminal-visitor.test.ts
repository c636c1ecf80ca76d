import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetVisitorSettings, VISITOR_SETTING_KEYS, wipeVisit, type VisitorBrowser } from '../../lib/background/visitor';
import { coverFor, policyCoverActions, sameCode } from '../../lib/policy/cover';
import { DEFAULT_POLICY } from '../../lib/policy/types';
import { coverCode, languagePreference, removeOnQuickExit, safePageSetting } from '../../lib/storage-items';

/** Enough of `browser` for a wipe at browser start: storage from WXT's fake, the rest recorded. */
function fakeApi() {
  return {
    windows: { create: vi.fn(), remove: vi.fn(), update: vi.fn(), getAll: vi.fn(async () => []) },
    tabs: { create: vi.fn(async () => ({ id: 1 })), remove: vi.fn() },
    storage: fakeBrowser.storage,
    permissions: { contains: vi.fn(async () => false) },
    extension: { isAllowedIncognitoAccess: vi.fn(async () => false) },
    i18n: { getMessage: () => 'Calculator' },
    management: { uninstallSelf: vi.fn(async () => undefined) },
    runtime: { getManifest: () => ({}) },
  } as unknown as VisitorBrowser;
}

async function visitorSetsEverything() {
  await languagePreference.setValue('en');
  await safePageSetting.setValue('https://www.knmi.nl/');
  await removeOnQuickExit.setValue(true);
  await coverCode.setValue({ v: 1, salt: 'c2FsdA==', iterations: 1, hash: 'aGFzaA==' });
}

describe('what survives a visitor', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the visitor settings are the ones a quick exit keeps: safe page, remove on exit, calculator code', () => {
    const local = (item: { key: string }) => item.key.replace(/^local:/, '');
    expect(VISITOR_SETTING_KEYS.sort()).toEqual(expect.arrayContaining([coverCode, removeOnQuickExit, safePageSetting].map(local)));
  });

  it('on a public terminal, a new visit keeps nothing: not the code, the safe page or "remove on exit"', async () => {
    await visitorSetsEverything();
    await wipeVisit(fakeApi(), { ...DEFAULT_POLICY, ephemeral: true }, 'browser-start');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('at home (not ephemeral) the disguise keeps its own settings', async () => {
    await visitorSetsEverything();
    await forgetVisitorSettings(fakeApi(), { ephemeral: false });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([coverCode, languagePreference, removeOnQuickExit, safePageSetting].map((i) => i.key.replace(/^local:/, '')).sort());
  });
});

describe('the cover on a public terminal', () => {
  const policy = { ...DEFAULT_POLICY };

  it('follows the flavour and the cover setting', () => {
    expect(coverFor(policy, 'open')).toEqual({ kind: 'none' });
    expect(coverFor(policy, 'disguised')).toEqual({ kind: 'visitor' });
    expect(coverFor({ ...policy, cover: 'on' }, 'open')).toEqual({ kind: 'visitor' });
    expect(coverFor({ ...policy, cover: 'off' }, 'disguised')).toEqual({ kind: 'none' });
  });

  it('in ephemeral mode takes the code from the policy, or shows no cover: a visitor never sets one', () => {
    expect(coverFor({ ...policy, ephemeral: true }, 'disguised')).toEqual({ kind: 'none' });
    expect(coverFor({ ...policy, ephemeral: true, cover: 'on' }, 'open')).toEqual({ kind: 'none' });
    expect(coverFor({ ...policy, ephemeral: true, cover: 'on', coverCode: '2580' }, 'open')).toEqual({ kind: 'policy', code: '2580' });
    expect(coverFor({ ...policy, ephemeral: true, cover: 'off', coverCode: '2580' }, 'disguised')).toEqual({ kind: 'none' });
  });

  it("opens with the administrator's code only, and offers no way to change it", async () => {
    const actions = policyCoverActions('2580');
    expect(actions.code).toBe('set');
    expect(await actions.verifyCode('2580')).toBe(true);
    expect(await actions.verifyCode('258')).toBe(false);
    expect(await actions.verifyCode('25800')).toBe(false);
    expect(await actions.verifyCode('')).toBe(false);
    expect('setCode' in actions).toBe(false);
    expect(sameCode('1234', '1234')).toBe(true);
  });
});
