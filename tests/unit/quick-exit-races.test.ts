import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitVisit, wipeVisit } from '../../lib/background/visitor';
import { openHelpSite } from '../../lib/quick-exit/open-site';
import { quickExit } from '../../lib/quick-exit/sequence';
import { knownHelp, readHelp, recordHelpTabPage, track } from '../../lib/quick-exit/tracking';
import { DEFAULT_POLICY } from '../../lib/policy/types';
import { coverCode, keepPermissionsOnExit, planVault, removeOnQuickExit } from '../../lib/storage-items';
import { migrateStorageKeys } from '../../lib/storage-migration';
import { ALL, fakeApi, resetQuickExitWorld, SITE } from './quick-exit-fake';

beforeEach(resetQuickExitWorld);

/** A promise the test settles when it chooses: a browser call that is still busy. */
function gate() {
  let open: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

describe('races', () => {
  it('a help window opened while a quick exit is still cleaning is not forgotten: the next quick exit closes it', async () => {
    const { api, calls } = fakeApi({ granted: ALL, incognito: true });
    await track({ window: 7, host: 'help.example' });
    const cleaning = gate();
    const deleteUrl = api.history.deleteUrl.getMockImplementation()!;
    let first = true;
    api.history.deleteUrl.mockImplementation(async (d) => {
      if (first) {
        first = false;
        await cleaning.closed;
      }
      return deleteUrl(d);
    });
    const exit = quickExit(api);
    await expect.poll(() => first).toBe(false); // the quick exit is cleaning history now
    const opened = await openHelpSite(api, 'other-help.example', 'private');
    expect(opened).toEqual({ status: 'opened', mode: 'private' });
    cleaning.open();
    await exit;
    const tracked = await readHelp();
    expect(tracked.windows).toHaveLength(1);
    expect(tracked.windows[0]).not.toBe(7);
    expect(tracked.hosts).toEqual(['other-help.example']);
    expect(knownHelp()?.windows).toEqual(tracked.windows);
    await quickExit(api);
    expect(calls).toContain(`windows.remove ${tracked.windows[0]}`);
    expect((await readHelp()).windows).toEqual([]);
  });

  it('the one-time key migration cannot bring a plan back that a quick exit removed meanwhile; the code survives both', async () => {
    const { api } = fakeApi();
    const plan = { v: 1, ct: 'z' };
    const code = { v: 1, hash: 'aGFzaA==' };
    // Stored by an earlier version, under its old key names.
    await fakeBrowser.storage.local.set({ planVault: plan, coverCode: code });
    const local = fakeBrowser.storage.local;
    const firstRead = gate();
    let reads = 0;
    const slowLocal = {
      get: async (keys?: null) => {
        const value = await local.get(keys ?? null);
        if (reads++ === 0) await firstRead.closed; // the migration has read, and is slow to write
        return value;
      },
      set: (items: Record<string, unknown>) => local.set(items),
      remove: (keys: string[]) => local.remove(keys),
    };
    const migration = migrateStorageKeys(slowLocal);
    await expect.poll(() => reads).toBe(1);
    await quickExit(api);
    firstRead.open();
    await migration;
    expect(await planVault.getValue()).toBeNull();
    expect(await coverCode.getValue()).toEqual(code);
    expect(Object.keys(await local.get(null))).not.toContain('planVault');
  });

  it('two migrations at once (popup and background) lose nothing', async () => {
    const plan = { v: 1, ct: 'z' };
    await fakeBrowser.storage.local.set({ planVault: plan });
    await Promise.all([migrateStorageKeys(fakeBrowser.storage.local), migrateStorageKeys(fakeBrowser.storage.local)]);
    expect(await planVault.getValue()).toEqual(plan);
  });

  it('on a terminal, a visitor\'s "keep permissions" and "remove on exit" never reach the next visitor', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    await keepPermissionsOnExit.setValue(true);
    await removeOnQuickExit.setValue(true);
    await track({ tab: 8, host: 'help.example' });
    await exitVisit(api, { ...DEFAULT_POLICY, ephemeral: true });
    expect(calls).toContain(`permissions.remove ${SITE.join(',')}`);
    expect(calls).not.toContain('uninstallSelf');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('on a terminal, the wipe at a browser start gives the permissions back too', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    await keepPermissionsOnExit.setValue(true);
    await wipeVisit(api, { ...DEFAULT_POLICY, ephemeral: true }, 'browser-start');
    expect(calls).toContain(`permissions.remove ${SITE.join(',')}`);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('at home, her choices still hold', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    await keepPermissionsOnExit.setValue(true);
    await exitVisit(api, { ...DEFAULT_POLICY, ephemeral: false });
    expect(calls).not.toContain(`permissions.remove ${SITE.join(',')}`);
  });
});

describe('a help site that redirects', () => {
  it('the address opened (the redirect source) is added back and deleted like every page of the tab, so Chromium drops what it keeps beside the row', async () => {
    const { api, calls } = fakeApi({ granted: ALL });
    await openHelpSite(api, 'veiligthuis.nl', 'tab');
    // Only the page the redirect led to is reported by the tab's events.
    await recordHelpTabPage(100, 'https://www.veiligthuis.nl/');
    await quickExit(api);
    for (const url of ['https://veiligthuis.nl', 'https://www.veiligthuis.nl/']) {
      expect(calls.indexOf(`history.addUrl ${url}`), url).toBeGreaterThanOrEqual(0);
      expect(calls.lastIndexOf(`history.deleteUrl ${url}`)).toBeGreaterThan(calls.indexOf(`history.addUrl ${url}`));
    }
  });
});
