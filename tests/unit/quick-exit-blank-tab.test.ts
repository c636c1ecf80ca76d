import { beforeEach, describe, expect, it } from 'vitest';
import { followBlankTab } from '../../lib/quick-exit/blank-tab';
import { quickExit } from '../../lib/quick-exit/sequence';
import { track } from '../../lib/quick-exit/tracking';
import { fakeApi, resetQuickExitWorld } from './quick-exit-fake';

/** The tab events the background follows, fired by the test. */
function tabEvents() {
  const listeners: { updated?: (id: number, change: { status?: string; url?: string }) => void; removed?: (id: number) => void } = {};
  followBlankTab({
    tabs: {
      onUpdated: { addListener: (l) => void (listeners.updated = l) },
      onRemoved: { addListener: (l) => void (listeners.removed = l) },
    },
  });
  return listeners;
}

beforeEach(resetQuickExitWorld);

const created = (calls: string[]) => calls.filter((c) => c.startsWith('tabs.create'));

describe('Snel weg without a safe page', () => {
  it('three quick exits in a row leave one empty tab, not three', async () => {
    const { api, calls } = fakeApi();
    const events = tabEvents();
    for (let i = 0; i < 3; i++) {
      await track({ window: 7 + i, host: 'help.example' });
      await quickExit(api);
      if (i === 0) events.updated!(100, { status: 'loading' }); // the New Tab page loads once
    }
    expect(created(calls)).toEqual(['tabs.create new tab in 1']);
    expect(calls.filter((c) => c === 'tabs.update 100')).toHaveLength(2);
  });

  it("Firefox's New Tab reports 'loading' twice (about:blank, then about:newtab): still one load, the tab comes back", async () => {
    const { api, calls } = fakeApi();
    const events = tabEvents();
    await quickExit(api);
    for (const status of ['loading', 'loading', 'complete']) events.updated!(100, { status });
    await quickExit(api);
    expect(created(calls)).toHaveLength(1);
    expect(calls).toContain('tabs.update 100');
  });

  it('opens a new one once she loaded something else in that tab, or closed it', async () => {
    const { api, calls } = fakeApi();
    const events = tabEvents();
    await quickExit(api);
    events.updated!(100, { status: 'loading' });
    events.updated!(100, { status: 'complete' });
    events.updated!(100, { status: 'loading' }); // she typed an address there
    await quickExit(api);
    expect(created(calls)).toHaveLength(2);
    events.removed!(101);
    await quickExit(api);
    expect(created(calls)).toHaveLength(3);
  });

  it('a tab that is gone without the browser saying so: a new one still comes to the front', async () => {
    const { api, calls } = fakeApi();
    tabEvents();
    await quickExit(api);
    await api.tabs.remove(100);
    await quickExit(api);
    expect(created(calls)).toHaveLength(2);
  });

  it('with a safe page, the safe page opens each time', async () => {
    const { api, calls } = fakeApi();
    tabEvents();
    await quickExit(api, 'https://weer.example/');
    await quickExit(api, 'https://weer.example/');
    expect(created(calls)).toEqual(['tabs.create https://weer.example/ in 1', 'tabs.create https://weer.example/ in 1']);
  });
});
