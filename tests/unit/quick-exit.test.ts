import { forgetBlankTabMemory } from '../../lib/quick-exit/blank-tab';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openHelpSite } from '../../lib/quick-exit/open-site';
import { forgetSafePageMemory, quickExit, resumeQuickExit } from '../../lib/quick-exit/sequence';
import { isBackgroundRequest } from '../../lib/quick-exit/messages';
import { createPendingSiteOpener, PENDING_SITE_WAIT_MS, rememberPendingSite } from '../../lib/quick-exit/pending-site';
import { forgetHelpMemory, recordHelpTabPage, track, trackIfOpenedFromHelp, untrack } from '../../lib/quick-exit/tracking';
import { watchHelpTabs, type HelpTabEvents } from '../../lib/quick-exit/watch-help-tabs';
import { cleaningPending, pendingHelpSite, languagePreference, removeOnQuickExit, safePageSetting, STORAGE_ITEMS, trackedHelp } from '../../lib/storage-items';

import { ALL, ALL_FIREFOX, fakeApi, SITE_FIREFOX } from './quick-exit-fake';

function resetAll() {
  fakeBrowser.reset();
  forgetHelpMemory();
  forgetSafePageMemory();
  forgetBlankTabMemory();
}

describe('quick exit', () => {
  beforeEach(resetAll);

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
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ startPage: 'https://weather.example/', uninstallOnClear: false, lastRun: { at: expect.any(Number), missed: [] } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps only items that the registry marks as the disguise\'s settings', () => {
    expect(STORAGE_ITEMS.filter((i) => i.keep).map((i) => i.key)).toEqual(['local:startPage', 'local:uninstallOnClear', 'local:keypad', 'local:introSeen', 'local:keepNotes', 'local:keepAccess', 'local:lastRun', 'session:copied']);
  });

  it('removes history and site data of the help sites only with the permissions granted', async () => {
    const without = fakeApi();
    await track({ host: 'help.example' });
    await quickExit(without.api);
    expect(without.calls.filter((c) => c.startsWith('history') || c.startsWith('browsingData'))).toEqual([]);

    const granted = fakeApi({ granted: ALL });
    await track({ host: 'help.example' });
    await quickExit(granted.api);
    expect([...granted.history]).toEqual(['https://news.example/', 'https://news.example/article']);
    expect(granted.calls).toContain('browsingData.remove {"origins":["https://help.example","http://help.example"]}');
  });

  it('names host names, not origins, to Firefox', async () => {
    const { api, calls } = fakeApi({ granted: ALL_FIREFOX, firefox: true });
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
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ tab: { id: 100, windowId: 1, loads: 0 } });
  });

  it('finishes an interrupted run after the service worker restarts, and does nothing otherwise', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    expect(await resumeQuickExit(api)).toBe(false);
    // A run that stopped after hiding: the mark and the tracked sites are still there.
    await track({ window: 7, host: 'help.example' });
    await cleaningPending.setValue(1);
    expect(await resumeQuickExit(api)).toBe(true);
    expect(calls).toContain('windows.remove 7');
    expect(calls).toContain('history.deleteUrl https://help.example/a');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reads its settings only when there is a run to finish: at a start without one, it does not wait for them', async () => {
    const { api } = fakeApi({ granted: ALL });
    expect(await resumeQuickExit(api, () => new Promise(() => undefined))).toBe(false);
    await track({ window: 7, host: 'help.example' });
    await cleaningPending.setValue(1);
    const onTerminal = vi.fn(async () => ({ terminal: true }));
    expect(await resumeQuickExit(api, onTerminal)).toBe(true);
    expect(onTerminal).toHaveBeenCalledOnce();
    // The settings read then apply: on a public terminal no record is kept.
    expect(await fakeBrowser.storage.local.get('lastRun')).toEqual({});
  });

  it('leaves no readable word of help in the mark it keeps while cleaning', async () => {
    await cleaningPending.setValue(1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ p: 1 });
  });
});

describe('opening a help website', () => {
  beforeEach(resetAll);

  it('opens in a private window the extension tracks when it may run there', async () => {
    const { api, calls } = fakeApi({ incognito: true });
    expect(await openHelpSite(api, 'veiligthuis.nl', 'private')).toEqual({ status: 'opened', mode: 'private' });
    expect(calls).toEqual(['windows.create incognito https://veiligthuis.nl']);
    expect(await trackedHelp.getValue()).toEqual({ windows: [100], tabs: [], hosts: ['veiligthuis.nl'], urls: [] });
  });

  it('opens nothing and says why when private windows are not allowed', async () => {
    const { api, calls } = fakeApi({ incognito: false });
    expect(await openHelpSite(api, 'veiligthuis.nl', 'private')).toEqual({ status: 'private-not-allowed' });
    expect(calls).toEqual([]);
  });

  it('opens a normal tab only with all the optional permissions', async () => {
    const none = fakeApi();
    expect(await openHelpSite(none.api, 'veiligthuis.nl', 'tab')).toEqual({ status: 'needs-permissions' });
    const some = fakeApi({ granted: ['history', 'browsingData'] });
    expect(await openHelpSite(some.api, 'veiligthuis.nl', 'tab')).toEqual({ status: 'needs-permissions' });
    expect([...none.calls, ...some.calls]).toEqual([]);
    const granted = fakeApi({ granted: ALL });
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
  beforeEach(resetAll);
  it('writes nothing when a window or tab that is not help closes', async () => {
    const { untrack } = await import('../../lib/quick-exit/tracking');
    await untrack({ tab: 5 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('a normal help tab, followed', () => {
  beforeEach(resetAll);

  it('records every page loaded in a help tab, also on other sites, and nothing of other tabs', async () => {
    await track({ tab: 8, host: 'help.example' });
    expect(await recordHelpTabPage(8, 'https://help.example/chat')).toBe(true);
    expect(await recordHelpTabPage(8, 'https://news.example/article')).toBe(true);
    expect(await recordHelpTabPage(8, 'https://news.example/article')).toBe(false);
    expect(await recordHelpTabPage(9, 'https://shop.example/')).toBe(false);
    expect(await recordHelpTabPage(8, 'about:blank')).toBe(false);
    expect((await trackedHelp.getValue()).urls).toEqual(['https://help.example/chat', 'https://news.example/article']);
  });

  it('counts a tab opened from a help tab as help', async () => {
    await track({ tab: 8 });
    await trackIfOpenedFromHelp({ id: 12, openerTabId: 8 });
    await trackIfOpenedFromHelp({ id: 13, openerTabId: 3 });
    await trackIfOpenedFromHelp({ id: 14 });
    expect((await trackedHelp.getValue()).tabs).toEqual([8, 12]);
  });

  it('quick exit removes the pages reached from a help tab, but not the rest of those sites\' history', async () => {
    const { api, calls, history } = fakeApi({ granted: ALL });
    await track({ tab: 8, host: 'help.example' });
    await recordHelpTabPage(8, 'https://news.example/article');
    await quickExit(api);
    expect([...history]).toEqual(['https://news.example/']);
    expect(calls).toContain(
      'browsingData.remove {"origins":["https://help.example","http://help.example","https://news.example","http://news.example"]}',
    );
  });

  it('Firefox: forgets closed help tabs under "Recently closed", and no other closed tab', async () => {
    const closed = [
      { url: 'https://help.example/a', sessionId: 's1' },
      { url: 'https://news.example/', sessionId: 's2' },
    ];
    const { api, closed: left } = fakeApi({ granted: ALL_FIREFOX, firefox: true, closed });
    await track({ tab: 8, host: 'help.example' });
    await quickExit(api);
    expect(left).toEqual([{ url: 'https://news.example/', sessionId: 's2' }]);
  });

  it('says whether a closed tab was a help tab', async () => {
    await track({ tab: 8 });
    expect(await untrack({ tab: 9 })).toBe(false);
    expect(await untrack({ tab: 8 })).toBe(true);
  });

  it('wires the browser events: a page loaded in a help tab leaves history at once; a closed help tab is forgotten, and the last one takes the sites\' data along', async () => {
    const listeners = new Map<string, (...args: never[]) => unknown>();
    const event = (name: string) => ({ addListener: (l: (...args: never[]) => unknown) => void listeners.set(name, l), hasListener: () => listeners.has(name) });
    const events = {
      windows: { onRemoved: event('windows.onRemoved') },
      tabs: { onRemoved: event('tabs.onRemoved'), onCreated: event('tabs.onCreated'), onUpdated: event('tabs.onUpdated') },
      permissions: { onAdded: event('permissions.onAdded') },
      history: { onVisited: event('history.onVisited') },
    } as unknown as HelpTabEvents;
    const { api, calls } = fakeApi({ granted: ALL_FIREFOX, firefox: true, closed: [{ url: 'https://help.example/a', sessionId: 's1' }] });
    const added = vi.fn();
    watchHelpTabs(events, api, added);
    await track({ tab: 8, host: 'help.example' });
    const fire = (name: string, ...args: unknown[]) => (listeners.get(name) as (...a: unknown[]) => Promise<void>)(...args);
    await fire('tabs.onUpdated', 8, { url: 'https://news.example/article' });
    expect(calls).toContain('history.deleteUrl https://news.example/article');
    await track({ tab: 9 });
    await fire('tabs.onRemoved', 8);
    expect(calls).toContain('sessions.forgetClosedTab s1');
    expect(calls.filter((c) => c.startsWith('browsingData'))).toEqual([]); // help tab 9 is still open
    expect(calls.filter((c) => c.startsWith('permissions.remove'))).toEqual([]); // still needed by tab 9
    await fire('tabs.onRemoved', 9);
    expect(calls).toContain('browsingData.remove {"hostnames":["help.example","news.example"]}');
    // The last help tab closed: the permissions go back, after its sites were cleaned.
    expect(calls.at(-1)).toBe(`permissions.remove ${SITE_FIREFOX.join(',')}`);
    await fire('permissions.onAdded');
    expect(added).toHaveBeenCalledOnce();
  });
});

describe('"Give permission and open"', () => {
  beforeEach(resetAll);

  it('opens the site in a tab once, when the permissions arrive, whichever comes first', async () => {
    const { api, calls } = fakeApi();
    const openPending = createPendingSiteOpener(api);
    await rememberPendingSite('veiligthuis.nl');
    expect(await openPending()).toBeNull(); // not yet granted: keep waiting
    api.permissions.contains.mockResolvedValue(true);
    const [first, second] = await Promise.all([openPending(), openPending()]);
    expect([first, second]).toEqual([{ status: 'opened', mode: 'tab' }, null]);
    expect(calls.filter((c) => c.startsWith('tabs.create'))).toEqual(['tabs.create https://veiligthuis.nl in -']);
    expect(await pendingHelpSite.getValue()).toBeNull();
  });

  it('opens nothing when the permissions are later given for something else', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    await rememberPendingSite('veiligthuis.nl');
    await rememberPendingSite(null); // Settings asked for the permissions, not for a site
    expect(await createPendingSiteOpener(api)()).toBeNull();
    expect(calls).toEqual([]);
  });

  it('forgets a wish the person did not answer in time', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    let now = 1_000;
    await rememberPendingSite('veiligthuis.nl', now);
    now += PENDING_SITE_WAIT_MS + 1;
    expect(await createPendingSiteOpener(api, () => now)()).toBeNull();
    expect(calls).toEqual([]);
    expect(await pendingHelpSite.getValue()).toBeNull();
  });
});

it('the background accepts only well-formed requests from the popup', () => {
  expect(isBackgroundRequest({ type: 'clear' })).toBe(true);
  expect(isBackgroundRequest({ type: 'open-page', site: 'veiligthuis.nl', mode: 'tab' })).toBe(true);
  expect(isBackgroundRequest({ type: 'open-page', site: 'veiligthuis.nl', mode: 'window' })).toBe(false);
  expect(isBackgroundRequest({ type: 'open-page', mode: 'tab' })).toBe(false);
  expect(isBackgroundRequest({ type: 'open-page-when-permitted', site: 'veiligthuis.nl' })).toBe(true);
  expect(isBackgroundRequest({ type: 'open-page-when-permitted', site: null })).toBe(true);
  expect(isBackgroundRequest({ type: 'open-page-when-permitted', site: 3 })).toBe(false);
  expect(isBackgroundRequest('clear')).toBe(false);
});

