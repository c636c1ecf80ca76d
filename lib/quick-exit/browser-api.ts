import { safetyCheckPermissionsOf } from '../safety/permissions';

/**
 * The part of the WebExtension API that quick exit and help-site opening use. The background
 * passes the real `browser`; unit tests pass a fake. Optional members are APIs that exist only
 * once the person granted the matching optional permission.
 */
export interface QuickExitBrowser {
  windows: {
    create(info: { url?: string; incognito?: boolean; focused?: boolean }): Promise<{ id?: number } | null | undefined>;
    remove(windowId: number): Promise<void>;
    update(windowId: number, info: { focused: boolean; state?: 'normal' }): Promise<unknown>;
    getAll(info?: { windowTypes?: string[] }): Promise<Array<{ id?: number; incognito: boolean; type?: string; focused?: boolean; state?: string }>>;
  };
  tabs: {
    create(info: { url?: string; active?: boolean; windowId?: number }): Promise<{ id?: number; windowId?: number }>;
    remove(tabIds: number | number[]): Promise<void>;
    get?(tabId: number): Promise<{ windowId?: number }>;
    update?(tabId: number, info: { active: boolean }): Promise<unknown>;
  };
  storage: {
    local: StorageArea;
    session: StorageArea;
  };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean>; remove?(p: { permissions: string[] }): Promise<boolean> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  history?: {
    search(query: { text: string; startTime: number; maxResults: number }): Promise<Array<{ url?: string }>>;
    deleteUrl(details: { url: string }): Promise<void>;
    addUrl?(details: { url: string }): Promise<void>;
  };
  /** Firefox only (Chromium cannot forget a closed tab), with the optional sessions permission. */
  sessions?: {
    getRecentlyClosed(filter?: object): Promise<ClosedEntry[]>;
    forgetClosedTab(windowId: number, sessionId: string): Promise<void>;
    forgetClosedWindow(sessionId: string): Promise<void>;
  };
  browsingData?: { remove(options: Record<string, unknown>, data: Record<string, boolean>): Promise<void> };
  action?: { setTitle(d: { title: string }): Promise<void>; setIcon(d: { path: Record<string, string> }): Promise<void> };
  browserAction?: { setTitle(d: { title: string }): Promise<void>; setIcon(d: { path: Record<string, string> }): Promise<void> };
  i18n: { getMessage(name: string): string };
  management: { uninstallSelf(options: { showConfirmDialog: boolean }): Promise<void> };
  runtime: { getManifest(): { icons?: Record<string, string>; browser_specific_settings?: unknown; optional_permissions?: unknown[] } };
}

export interface StorageArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ClosedTab {
  url?: string;
  windowId?: number;
  sessionId?: string;
}
export interface ClosedEntry {
  tab?: ClosedTab;
  window?: { sessionId?: string; tabs?: ClosedTab[] };
}

/**
 * The permissions that let quick exit clean up after a normal tab: the manifest's optional
 * permissions (lib/build/manifest.ts) except the safety check's own, asked for together from one click.
 */
export function sitePermissions(api: { runtime: { getManifest(): { optional_permissions?: unknown[]; browser_specific_settings?: unknown } } }): string[] {
  const safetyCheckOnly: readonly string[] = safetyCheckPermissionsOf(api);
  return (api.runtime.getManifest().optional_permissions ?? []).filter((p): p is string => typeof p === 'string' && !safetyCheckOnly.includes(p));
}

/** Firefox's browsingData takes host names; Chromium takes origins. */
export function isFirefox(api: QuickExitBrowser): boolean {
  return api.runtime.getManifest().browser_specific_settings !== undefined;
}
