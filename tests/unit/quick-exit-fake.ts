import { forgetBlankTabMemory } from '../../lib/quick-exit/blank-tab';
import { forgetSafePageMemory } from '../../lib/quick-exit/hide';
import { keepCrashList } from '../../lib/quick-exit/sequence';
import { forgetHelpMemory } from '../../lib/quick-exit/tracking';
import { sitePermissions } from '../../lib/quick-exit/browser-api';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QuickExitBrowser } from '../../lib/quick-exit/browser-api';
import { optionalPermissions } from '../../lib/build/manifest';

/**
 * WXT's fake browser provides storage; the APIs it lacks (history, browsingData, management,
 * permissions, window and tab closing, incognito access) are recorded stubs.
 */
/** Every optional permission of the manifest: what "Give permission" grants. */
export const ALL = optionalPermissions('chromium');
export const ALL_FIREFOX = optionalPermissions('firefox');
/** The website permissions a quick exit gives back (the safety check's own go back separately). */
export const SITE = sitePermissions({ runtime: { getManifest: () => ({ optional_permissions: ALL }) } });
export const SITE_FIREFOX = sitePermissions({ runtime: { getManifest: () => ({ optional_permissions: ALL_FIREFOX, browser_specific_settings: {} }) } });

export function fakeApi(options: { granted?: string[]; incognito?: boolean; firefox?: boolean; closed?: Array<{ url: string; sessionId: string }> } = {}) {
  const calls: string[] = [];
  const history = new Set(['https://help.example/a', 'https://help.example/b?x', 'https://news.example/', 'https://news.example/article']);
  const closed = [...(options.closed ?? [])];
  // What is granted now: giving permissions back takes them away, as in the browser.
  const granted = new Set(options.granted ?? []);
  const closedTabs = new Set<number>();
  let nextId = 100;
  const api = {
    windows: {
      create: vi.fn(async (info: { url?: string; incognito?: boolean }) => {
        calls.push(`windows.create ${info.incognito ? 'incognito ' : ''}${info.url ?? 'new tab'}`);
        return { id: nextId++ };
      }),
      remove: vi.fn(async (id: number) => void calls.push(`windows.remove ${id}`)),
      update: vi.fn(async (id: number) => void calls.push(`windows.update ${id}`)),
      getAll: vi.fn(async (): Promise<Array<{ id?: number; incognito: boolean; type?: string; focused?: boolean; state?: string }>> => [{ id: 1, incognito: false, type: 'normal' }]),
    },
    tabs: {
      create: vi.fn(async (info: { url?: string; windowId?: number }) => {
        calls.push(`tabs.create ${info.url ?? 'new tab'} in ${info.windowId ?? '-'}`);
        return { id: nextId++, windowId: info.windowId };
      }),
      remove: vi.fn(async (ids: number | number[]) => {
        for (const id of [ids].flat()) closedTabs.add(id);
        calls.push(`tabs.remove ${[ids].flat().join(',')}`);
      }),
      update: vi.fn(async (id: number, _info: { active: boolean }) => {
        if (closedTabs.has(id)) throw new Error(`No tab with id: ${id}.`);
        calls.push(`tabs.update ${id}`);
        return { id, windowId: 1 };
      }),
      get: vi.fn(async (id: number): Promise<{ windowId?: number }> => {
        if (closedTabs.has(id)) throw new Error(`No tab with id: ${id}.`);
        return { windowId: 1 };
      }),
    },
    storage: fakeBrowser.storage,
    permissions: {
      contains: vi.fn(async (p: { permissions: string[] }) => p.permissions.every((x) => granted.has(x))),
      remove: vi.fn(async (p: { permissions: string[] }) => {
        for (const x of p.permissions) granted.delete(x);
        calls.push(`permissions.remove ${p.permissions.join(',')}`);
        return true;
      }),
    },
    extension: { isAllowedIncognitoAccess: vi.fn(async () => options.incognito ?? false) },
    history: {
      search: vi.fn(async ({ text }: { text: string }) => [...history].filter((u) => u.includes(text)).map((url) => ({ url }))),
      addUrl: vi.fn(async ({ url }: { url: string }) => {
        history.add(url);
        calls.push(`history.addUrl ${url}`);
      }),
      deleteUrl: vi.fn(async ({ url }: { url: string }) => {
        history.delete(url);
        calls.push(`history.deleteUrl ${url}`);
      }),
    },
    sessions: {
      getRecentlyClosed: vi.fn(async () => closed.map((tab) => ({ tab: { ...tab, windowId: 1 } }))),
      forgetClosedTab: vi.fn(async (_windowId: number, sessionId: string) => {
        closed.splice(closed.findIndex((t) => t.sessionId === sessionId), 1);
        calls.push(`sessions.forgetClosedTab ${sessionId}`);
      }),
      forgetClosedWindow: vi.fn(async (sessionId: string) => void calls.push(`sessions.forgetClosedWindow ${sessionId}`)),
    },
    browsingData: { remove: vi.fn(async (o: unknown) => void calls.push(`browsingData.remove ${JSON.stringify(o)}`)) },
    action: { setTitle: vi.fn(async () => void calls.push('action.setTitle')), setIcon: vi.fn(async () => void calls.push('action.setIcon')) },
    i18n: { getMessage: () => 'Calculator' },
    management: { uninstallSelf: vi.fn(async () => void calls.push('uninstallSelf')) },
    runtime: {
      getManifest: () => ({
        icons: { 16: 'icon/16.png' },
        optional_permissions: options.firefox ? ALL_FIREFOX : ALL,
        ...(options.firefox ? { browser_specific_settings: {} } : {}),
      }),
    },
  } satisfies QuickExitBrowser;
  return { api, calls, history, closed };
}


/** A fresh browser and a fresh background memory, as after a worker start, with the crash list kept (as the background does). */
export function resetQuickExitWorld(): void {
  fakeBrowser.reset();
  forgetHelpMemory();
  forgetSafePageMemory();
  forgetBlankTabMemory();
  keepCrashList();
}
