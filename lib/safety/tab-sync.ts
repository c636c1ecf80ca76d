import { SYNC_PERMISSION } from './permissions';

/**
 * Line 3 of the safety check: whether this browser shares its open tabs with other devices.
 * Chromium lists the other devices whose tabs it has (`sessions.getDevices`, permission
 * "sessions"): a device there means this profile syncs its tabs, and a help tab in a normal
 * window shows up on those devices. Firefox offers no such call: the screen says where to look.
 */
export type TabSyncState =
  | { kind: 'shares'; devices: string[] }
  | { kind: 'none-seen' }
  | { kind: 'needs-permission' }
  /** Firefox: no API; the person looks at the top of the browser's menu. */
  | { kind: 'look-in-menu' }
  | { kind: 'unknown' };

export interface TabSyncApi {
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  sessions?: { getDevices?(filter?: { maxResults?: number }): Promise<Array<{ deviceName?: string }>> };
}

export async function readTabSync(api: TabSyncApi, browser: 'chromium' | 'firefox'): Promise<TabSyncState> {
  if (browser === 'firefox') return { kind: 'look-in-menu' };
  try {
    if (!(await api.permissions.contains({ permissions: [SYNC_PERMISSION] }))) return { kind: 'needs-permission' };
    if (!api.sessions?.getDevices) return { kind: 'unknown' };
    // Only the devices' names are shown, not their tabs.
    const devices = await api.sessions.getDevices();
    if (!devices.length) return { kind: 'none-seen' };
    return { kind: 'shares', devices: devices.map((d) => d.deviceName?.trim() ?? '').filter(Boolean) };
  } catch {
    return { kind: 'unknown' };
  }
}
