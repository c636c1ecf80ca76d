import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QuickExitBrowser } from '../../lib/quick-exit/browser-api';
import { openHelpSite } from '../../lib/quick-exit/open-site';
import { quickExit, resumeQuickExit } from '../../lib/quick-exit/sequence';
import { track } from '../../lib/quick-exit/tracking';
import { cleaningPending, languagePreference, removeOnQuickExit, safePageSetting, STORAGE_ITEMS, trackedHelp } from '../../lib/storage-items';

/**
 * WXT's fake browser provides storage; the APIs it lacks (history, browsingData, management,
 * permissions, window and tab closing, incognito access) are recorded stubs.
 */
function fakeApi(options: { granted?: string[]; incognito?: boolean; firefox?: boolean } = {}) {
  const calls: string[] = [];
  const history = new Set(['https://help.example/a', 'https://help.example/b?x', 'https://news.example/']);
  let nextId = 100;
  const api = {
    windows: {
      create: vi.fn(async (info: { url?: string; incognito?: boolean }) => {
        calls.push(`windows.create ${info.incognito ? 'incognito ' : ''}${info.url ?? 'new tab'}`);
        return { id: nextId++ };
      }),
      remove: vi.fn(async (id: number) => void calls.push(`windows.remove ${id}`)),
      update: vi.fn(async (id: number) => void calls.push(`windows.update ${id}`)),
      getAll: vi.fn(async () => [{ id: 1, incognito: false, type: 'normal' }]),
    },
    tabs: {
      create: vi.fn(async (info: { url?: string; windowId?: number }) => {
        calls.push(`tabs.create ${info.url ?? 'new tab'} in ${info.windowId ?? '-'}`);
        return { id: nextId++, windowId: info.windowId };
      }),
      remove: vi.fn(async (ids: number | number[]) => void calls.push(`tabs.remove ${[ids].flat().join(',')}`)),
    },
    storage: fakeBrowser.storage,
    permissions: { contains: vi.fn(async (p: { permissions: string[] }) => p.permissions.every((x) => options.granted?.includes(x))) },
    extension: { isAllowedIncognitoAccess: vi.fn(async () => options.incognito ?? false) },
    history: {
      search: vi.fn(async ({ text }: { text: string }) => [...history].filter((u) => u.includes(text)).map((url) => ({ url }))),
      deleteUrl: vi.fn(async ({ url }: { url: string }) => {
        history.delete(url);
        calls.push(`history.deleteUrl ${url}`);
      }),
    },
    browsingData: { remove: vi.fn(async (o: unknown) => void calls.push(`browsingData.remove ${JSON.stringify(o)}`)) },
    action: { setTitle: vi.fn(async () => void calls.push('action.setTitle')), setIcon: vi.fn(async () => void calls.push('action.setIcon')) },
    i18n: { getMessage: () => 'Calculator' },
    management: { uninstallSelf: vi.fn(async () => void calls.push('uninstallSelf')) },
    runtime: { getManifest: () => ({ icons: { 16: 'icon/16.png' }, ...(options.firefox ? { browser_specific_settings: {} } : {}) }) },
  } satisfies QuickExitBrowser;
  return { api, calls, history };
}

describe('quick exit', () => {
  beforeEach(() => fakeBrowser.reset());

  it('closes every help window and tab first, brings a new tab to the front, then cleans', async () => {
    const { api, calls } = fakeApi();
    await track({ window: 7, host: 'help.example' });
    await track({ tab: 8 });
    await quickExit(api);
    const hideEnd = Math.max(calls.indexOf('windows.remove 7'), calls.indexOf('tabs.remove 8'), calls.indexOf('windows.update 1'));
    expect(calls).toContain('tabs.create new tab in 1');
    expect(hideEnd).toBeGreaterThanOrEqual(0);
    expect(hideEnd).toBeLessThan(calls.indexOf('action.setTitle'));
  });

  it('opens the safe page the person chose, and a policy\'s safe page before that', async () => {
    const { api, calls } = fakeApi();
    await safePageSetting.setValue('https://weather.example/');
    await quickExit(api);
    expect(calls).toContain('tabs.create https://weather.example/ in 1');
    await quickExit(api, 'https://library.example/');
    expect(calls).toContain('tabs.create https://library.example/ in 1');
  });

  it('opens a new window for the safe page when only help windows are open', async () => {
    const { api, calls } = fakeApi();
    api.windows.getAll.mockResolvedValue([{ id: 7, incognito: true, type: 'normal' }]);
    await track({ window: 7 });
    await quickExit(api);
    expect(calls).toContain('windows.create new tab');
  });

  it('empties storage but keeps the disguise\'s own settings', async () => {
    const { api } = fakeApi();
    await languagePreference.setValue('ar');
    await safePageSetting.setValue('https://weather.example/');
    await removeOnQuickExit.setValue(false);
    await track({ window: 7, host: 'help.example' });
    await fakeBrowser.storage.local.set({ something: 'unregistered' });
    await quickExit(api);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ safePage: 'https://weather.example/', removeOnExit: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps only items that the registry marks as the disguise\'s settings', () => {
    expect(STORAGE_ITEMS.filter((i) => i.keep).map((i) => i.key)).toEqual(['local:safePage', 'local:removeOnExit', 'local:coverCode']);
  });

  it('removes history and site data of the help sites only with the permissions granted', async () => {
    const without = fakeApi();
    await track({ host: 'help.example' });
    await quickExit(without.api);
    expect(without.calls.filter((c) => c.startsWith('history') || c.startsWith('browsingData'))).toEqual([]);

    const granted = fakeApi({ granted: ['history', 'browsingData'] });
    await track({ host: 'help.example' });
    await quickExit(granted.api);
    expect([...granted.history]).toEqual(['https://news.example/']);
    expect(granted.calls).toContain('browsingData.remove {"origins":["https://help.example","http://help.example"]}');
  });

  it('names host names, not origins, to Firefox', async () => {
    const { api, calls } = fakeApi({ granted: ['history', 'browsingData'], firefox: true });
    await track({ host: '127.0.0.1:8080' });
    await quickExit(api);
    expect(calls).toContain('browsingData.remove {"hostnames":["127.0.0.1"]}');
  });

  it('resets the toolbar title and icon', async () => {
    const { api, calls } = fakeApi();
    await quickExit(api);
    expect(calls).toEqual(expect.arrayContaining(['action.setTitle', 'action.setIcon']));
  });

  it('removes the extension only when the person asked for it, after cleaning', async () => {
    const off = fakeApi();
    await quickExit(off.api);
    expect(off.calls).not.toContain('uninstallSelf');
    const on = fakeApi();
    await removeOnQuickExit.setValue(true);
    await quickExit(on.api);
    expect(on.calls.at(-1)).toBe('uninstallSelf');
  });

  it('is safe to run twice', async () => {
    const { api } = fakeApi();
    await track({ window: 7, host: 'help.example' });
    await quickExit(api);
    api.windows.remove.mockRejectedValue(new Error('No window with id: 7'));
    await expect(quickExit(api)).resolves.toBeDefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('finishes an interrupted run after the service worker restarts, and does nothing otherwise', async () => {
    const { api, calls } = fakeApi({ granted: ['history', 'browsingData'] });
    expect(await resumeQuickExit(api)).toBe(false);
    // A run that stopped after hiding: the mark and the tracked sites are still there.
    await track({ window: 7, host: 'help.example' });
    await cleaningPending.setValue(1);
    expect(await resumeQuickExit(api)).toBe(true);
    expect(calls).toContain('windows.remove 7');
    expect(calls).toContain('history.deleteUrl https://help.example/a');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('leaves no readable word of help in the mark it keeps while cleaning', async () => {
    await cleaningPending.setValue(1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ p: 1 });
  });
});

describe('opening a help website', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens in a private window the extension tracks when it may run there', async () => {
    const { api, calls } = fakeApi({ incognito: true });
    expect(await openHelpSite(api, 'veiligthuis.nl', 'private')).toEqual({ status: 'opened', mode: 'private' });
    expect(calls).toEqual(['windows.create incognito https://veiligthuis.nl']);
    expect(await trackedHelp.getValue()).toEqual({ windows: [100], tabs: [], hosts: ['veiligthuis.nl'] });
  });

  it('opens nothing and says why when private windows are not allowed', async () => {
    const { api, calls } = fakeApi({ incognito: false });
    expect(await openHelpSite(api, 'veiligthuis.nl', 'private')).toEqual({ status: 'private-not-allowed' });
    expect(calls).toEqual([]);
  });

  it('opens a normal tab only with the history and browsing-data permissions', async () => {
    const none = fakeApi();
    expect(await openHelpSite(none.api, 'veiligthuis.nl', 'tab')).toEqual({ status: 'needs-permissions' });
    expect(none.calls).toEqual([]);
    const granted = fakeApi({ granted: ['history', 'browsingData'] });
    expect(await openHelpSite(granted.api, 'veiligthuis.nl', 'tab')).toEqual({ status: 'opened', mode: 'tab' });
    expect((await trackedHelp.getValue()).tabs).toEqual([100]);
  });

  it('refuses anything but a web address', async () => {
    const { api } = fakeApi({ incognito: true });
    expect(await openHelpSite(api, 'javascript:alert(1)', 'private')).toEqual({ status: 'invalid-url' });
    expect(await openHelpSite(api, 'file:///etc/passwd', 'private')).toEqual({ status: 'invalid-url' });
  });
});

describe('tracking', () => {
  beforeEach(() => fakeBrowser.reset());
  it('writes nothing when a window or tab that is not help closes', async () => {
    const { untrack } = await import('../../lib/quick-exit/tracking');
    await untrack({ tab: 5 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
