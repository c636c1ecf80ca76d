import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readExitReport, sanitiseExitReport } from '../../lib/quick-exit/exit-report';
import { quickExit } from '../../lib/quick-exit/sequence';
import { recordHelpTabPage, track } from '../../lib/quick-exit/tracking';
import { helpWordsIn } from '../e2e/support/help-words';
import { ALL, ALL_FIREFOX, fakeApi, resetQuickExitWorld } from './quick-exit-fake';

beforeEach(resetQuickExitWorld);

/** A normal help tab on help.example, with one page loaded. */
async function helpTabOpen() {
  await track({ tab: 8, host: 'help.example' });
  await recordHelpTabPage(8, 'https://help.example/a');
}

const report = () => readExitReport(fakeBrowser.storage);

describe('the quick exit checks its own work', () => {
  it('everything removed: the report says so, and holds only a time and an empty list', async () => {
    const { api, history } = fakeApi({ granted: ALL });
    await helpTabOpen();
    await quickExit(api);
    expect(await report()).toEqual({ at: expect.any(Number), missed: [] });
    expect([...history].filter((u) => u.includes('help.example'))).toEqual([]);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('help.example');
    expect(helpWordsIn(stored)).toEqual([]);
  });

  it('a history whose deleteUrl silently does nothing: the report says history was not cleaned', async () => {
    const { api } = fakeApi({ granted: ALL });
    api.history.deleteUrl.mockImplementation(async () => undefined);
    await helpTabOpen();
    await quickExit(api);
    expect((await report())?.missed).toEqual(['history']);
  });

  it('what the first pass missed, the check removes: then nothing is reported', async () => {
    const { api, history } = fakeApi({ granted: ALL });
    const remove = api.history.deleteUrl.getMockImplementation()!;
    let failures = 2; // help.example/a and help.example/b?x, each once
    api.history.deleteUrl.mockImplementation(async (d) => {
      if (failures-- > 0) throw new Error('busy');
      return remove(d);
    });
    await helpTabOpen();
    await quickExit(api);
    expect([...history].filter((u) => u.includes('help.example'))).toEqual([]);
    expect((await report())?.missed).toEqual([]);
  });

  it('site data whose removal throws, a help window that will not close, permissions not given back: each is reported', async () => {
    const { api } = fakeApi({ granted: ALL });
    api.browsingData.remove.mockRejectedValue(new Error('not now'));
    api.windows.remove.mockImplementation(async () => undefined);
    api.windows.getAll.mockResolvedValue([{ id: 1, incognito: false, type: 'normal' }, { id: 7, incognito: true, type: 'normal' }]);
    api.permissions.remove.mockResolvedValue(false);
    await track({ window: 7, host: 'help.example' });
    await helpTabOpen();
    await quickExit(api);
    expect((await report())?.missed).toEqual(['siteData', 'tabs', 'permissions']);
  });

  it('a normal help tab without the permissions: history and site data are reported as left', async () => {
    const { api } = fakeApi({ granted: [] });
    await helpTabOpen();
    await quickExit(api);
    expect((await report())?.missed).toEqual(['history', 'siteData']);
  });

  it('only a private window: nothing to report (it leaves no history or site data)', async () => {
    const { api } = fakeApi({ granted: [] });
    await track({ window: 7, host: 'help.example' });
    await quickExit(api);
    expect((await report())?.missed).toEqual([]);
  });

  it('Firefox: a closed help tab it could not forget is reported', async () => {
    const { api } = fakeApi({ granted: ALL_FIREFOX, firefox: true, closed: [{ url: 'https://help.example/a', sessionId: 's1' }] });
    api.sessions.forgetClosedTab.mockImplementation(async () => undefined);
    await helpTabOpen();
    await quickExit(api);
    expect((await report())?.missed).toEqual(['recentlyClosed']);
  });

  it('the extension\'s own storage that will not empty is reported', async () => {
    const { api } = fakeApi({ granted: ALL });
    await helpTabOpen();
    await fakeBrowser.storage.local.set({ notes: { v: 1 } });
    const local = fakeBrowser.storage.local;
    const realRemove = local.remove.bind(local);
    local.remove = (async (keys: string | string[]) => {
      const list = [keys].flat().filter((k) => k !== 'notes');
      if (list.length) await realRemove(list);
    }) as typeof local.remove;
    await quickExit(api);
    local.remove = realRemove;
    expect((await report())?.missed).toEqual(['storage']);
  });

  it('reads only what it knows from a stored report', () => {
    expect(sanitiseExitReport({ at: 5, missed: ['history', 'www.help.example', 'siteData'] })).toEqual({ at: 5, missed: ['history', 'siteData'] });
    expect(sanitiseExitReport({ at: 5, missed: [], afterClose: true })).toEqual({ at: 5, missed: [], afterClose: true });
    expect(sanitiseExitReport({ at: 5, missed: [], afterClose: 'yes' })).toEqual({ at: 5, missed: [] });
    expect(sanitiseExitReport('nonsense')).toBeNull();
    expect(sanitiseExitReport({ at: 'x', missed: [] })).toBeNull();
  });
});
