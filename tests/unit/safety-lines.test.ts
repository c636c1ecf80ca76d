import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSafetyCheck, type SafetyCheckApi } from '../../lib/safety/check';
import { readExitKeeps } from '../../lib/safety/exit-keeps';
import { matchesEverySite, readOtherExtensions, type ExtensionInfo } from '../../lib/safety/other-extensions';
import { readPrivateWindows } from '../../lib/safety/private-windows';
import { readQuickExitKey } from '../../lib/safety/quick-exit-key';
import { readTabSync } from '../../lib/safety/tab-sync';
import { coverCode, keepPermissionsOnExit, keepPlanOnExit, planVault, removeOnQuickExit } from '../../lib/storage-items';
import { QUICK_EXIT_COMMAND } from '../../lib/quick-exit/messages';
import { QUICK_EXIT_SPARE_COMMAND } from '../../lib/quick-exit/shortcut';

const granted = (list: string[]) => ({ contains: vi.fn(async (p: { permissions: string[] }) => p.permissions.every((x) => list.includes(x))) });

beforeEach(() => fakeBrowser.reset());

describe('private windows', () => {
  it('says whether help may open in a private window, and unknown when the browser will not say', async () => {
    expect(await readPrivateWindows({ extension: { isAllowedIncognitoAccess: async () => true } })).toBe('allowed');
    expect(await readPrivateWindows({ extension: { isAllowedIncognitoAccess: async () => false } })).toBe('not-allowed');
    expect(await readPrivateWindows({ extension: { isAllowedIncognitoAccess: () => Promise.reject(new Error('gone')) } })).toBe('unknown');
  });
});

describe('the quick-exit key', () => {
  it('is the first command with a key, or unset when the browser gave none', async () => {
    const commands = (keys: Record<string, string>) => ({ getAll: async () => Object.entries(keys).map(([name, shortcut]) => ({ name, shortcut })) });
    expect(await readQuickExitKey(commands({ [QUICK_EXIT_COMMAND]: 'Ctrl+Shift+1' }))).toEqual({ kind: 'set', key: 'Ctrl+Shift+1' });
    expect(await readQuickExitKey(commands({ [QUICK_EXIT_COMMAND]: '', [QUICK_EXIT_SPARE_COMMAND]: 'Ctrl+Shift+H' }))).toEqual({ kind: 'set', key: 'Ctrl+Shift+H' });
    expect(await readQuickExitKey(commands({ [QUICK_EXIT_COMMAND]: '', [QUICK_EXIT_SPARE_COMMAND]: '' }))).toEqual({ kind: 'unset' });
    expect(await readQuickExitKey({ getAll: () => Promise.reject(new Error('no')) })).toEqual({ kind: 'unset' });
  });
});

describe('tab sync', () => {
  it('Chromium: asks for the permission first, then lists the other devices that have this browser\'s tabs', async () => {
    const getDevices = vi.fn(async () => [{ deviceName: 'Pixel 7 ' }, { deviceName: '' }]);
    expect(await readTabSync({ permissions: granted([]), sessions: { getDevices } }, 'chromium')).toEqual({ kind: 'needs-permission' });
    expect(getDevices).not.toHaveBeenCalled();
    expect(await readTabSync({ permissions: granted(['sessions']), sessions: { getDevices } }, 'chromium')).toEqual({ kind: 'shares', devices: ['Pixel 7'] });
    expect(await readTabSync({ permissions: granted(['sessions']), sessions: { getDevices: async () => [] } }, 'chromium')).toEqual({ kind: 'none-seen' });
  });

  it('Chromium: unknown when the call is missing or fails; Firefox: look in its menu (no such call)', async () => {
    expect(await readTabSync({ permissions: granted(['sessions']) }, 'chromium')).toEqual({ kind: 'unknown' });
    expect(await readTabSync({ permissions: granted(['sessions']), sessions: { getDevices: () => Promise.reject(new Error('x')) } }, 'chromium')).toEqual({ kind: 'unknown' });
    expect(await readTabSync({ permissions: granted(['sessions']), sessions: { getDevices: async () => [{}] } }, 'firefox')).toEqual({ kind: 'look-in-menu' });
  });
});

describe('what quick exit keeps', () => {
  it('by default: no plan, permissions given back, no code, the extension stays', async () => {
    expect(await readExitKeeps(fakeBrowser.storage.local)).toEqual({ plan: 'none', permissions: 'returned', code: false, removesExtension: false });
  });

  it('reads the choices she made and whether a plan and a code exist', async () => {
    await planVault.setValue({ v: 1 });
    expect((await readExitKeeps(fakeBrowser.storage.local)).plan).toBe('deleted');
    await keepPlanOnExit.setValue(true);
    await keepPermissionsOnExit.setValue(true);
    await coverCode.setValue({ salt: 'x', hash: 'y' });
    await removeOnQuickExit.setValue(true);
    expect(await readExitKeeps(fakeBrowser.storage.local)).toEqual({ plan: 'kept', permissions: 'kept', code: true, removesExtension: true });
  });

  it('stores nothing itself', async () => {
    await readExitKeeps(fakeBrowser.storage.local);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('other extensions', () => {
  const ext = (over: Partial<ExtensionInfo>): ExtensionInfo => ({ id: 'x', name: 'X', type: 'extension', enabled: true, installType: 'normal', permissions: [], hostPermissions: [], ...over });
  const all = [
    ext({ id: 'self', name: 'Stille Hulp', hostPermissions: ['<all_urls>'] }),
    ext({ id: 'a', name: 'Snapshot Pro', hostPermissions: ['<all_urls>'], permissions: ['history', 'tabs'] }),
    ext({ id: 'b', name: 'Ad blocker', hostPermissions: ['*://*/*'] }),
    ext({ id: 'c', name: 'Weather', hostPermissions: ['https://weather.example/*'] }),
    ext({ id: 'd', name: 'Old spy', hostPermissions: ['<all_urls>'], enabled: false }),
    ext({ id: 'e', name: 'Dark theme', type: 'theme' }),
    ext({ id: 'f', name: 'Office tool', permissions: ['history'], installType: 'admin' }),
  ];

  it('lists by name the enabled extensions, not itself, that can read every site or the history', async () => {
    const result = await readOtherExtensions({ permissions: granted(['management']), management: { getAll: async () => all }, runtime: { id: 'self' } });
    expect(result).toEqual({
      kind: 'listed',
      extensions: [
        { id: 'b', name: 'Ad blocker', reads: ['every-site'], byAdministrator: false },
        { id: 'f', name: 'Office tool', reads: ['history'], byAdministrator: true },
        { id: 'a', name: 'Snapshot Pro', reads: ['every-site', 'history'], byAdministrator: false },
      ],
    });
  });

  it('asks for the permission first; unknown when the call fails', async () => {
    const getAll = vi.fn(async () => all);
    expect(await readOtherExtensions({ permissions: granted([]), management: { getAll }, runtime: { id: 'self' } })).toEqual({ kind: 'needs-permission' });
    expect(getAll).not.toHaveBeenCalled();
    expect(await readOtherExtensions({ permissions: granted(['management']), management: { getAll: () => Promise.reject(new Error('x')) }, runtime: { id: 'self' } })).toEqual({ kind: 'unknown' });
    expect(await readOtherExtensions({ permissions: granted(['management']), runtime: { id: 'self' } })).toEqual({ kind: 'unknown' });
  });

  it('knows which host patterns mean every website', () => {
    for (const p of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/', 'wss://*/*']) expect(matchesEverySite(p), p).toBe(true);
    for (const p of ['https://*.example.com/*', 'https://example.com/*', 'file:///*']) expect(matchesEverySite(p), p).toBe(false);
  });
});

describe('the whole check', () => {
  it('reads every line at once and writes nothing', async () => {
    const api: SafetyCheckApi = {
      extension: { isAllowedIncognitoAccess: async () => false },
      commands: { getAll: async () => [{ name: QUICK_EXIT_COMMAND, shortcut: 'Ctrl+Shift+1' }] },
      storage: fakeBrowser.storage,
      permissions: granted(['sessions', 'management']),
      sessions: { getDevices: async () => [{ deviceName: 'Laptop' }] },
      management: { getAll: async () => [{ id: 'spy', name: 'Spy', enabled: true, hostPermissions: ['<all_urls>'] }] },
      runtime: { id: 'self' },
    };
    expect(await readSafetyCheck(api, 'chromium')).toEqual({
      privateWindows: 'not-allowed',
      quickExitKey: { kind: 'set', key: 'Ctrl+Shift+1' },
      tabSync: { kind: 'shares', devices: ['Laptop'] },
      exitKeeps: { plan: 'none', permissions: 'returned', code: false, removesExtension: false },
      lastExit: null,
      otherExtensions: { kind: 'listed', extensions: [{ id: 'spy', name: 'Spy', reads: ['every-site'], byAdministrator: false }] },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('shows the last quick exit from the one record it kept (and keeps nothing new)', async () => {
    await fakeBrowser.storage.local.set({ lastRun: { at: 5, missed: ['history', 'made-up'] } });
    const api = {
      extension: { isAllowedIncognitoAccess: async () => true },
      commands: { getAll: async () => [] },
      storage: fakeBrowser.storage,
      permissions: granted([]),
      runtime: { id: 'self' },
    } as unknown as SafetyCheckApi;
    expect((await readSafetyCheck(api, 'firefox')).lastExit).toEqual({ at: 5, missed: ['history'] });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['lastRun']);
  });
});
