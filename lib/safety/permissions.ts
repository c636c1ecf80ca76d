/**
 * The optional permissions only the safety check uses, each asked for from its own click with
 * its own reason: `sessions` (Chromium) to see whether this browser shares its open tabs with
 * other devices (`sessions.getDevices`), and `management` to list the other extensions that can
 * read every site or the history. Firefox has no `getDevices`; its `sessions` belongs to quick
 * exit (forgetting closed help tabs) and is asked for with the website permissions.
 */
export type SafetyPermission = 'sessions' | 'management';

export const SYNC_PERMISSION = 'sessions' as const;
export const EXTENSIONS_PERMISSION = 'management' as const;

/** The safety check's permissions for a browser build ('firefox', or any Chromium name). */
export function safetyCheckPermissions(browser: string): SafetyPermission[] {
  return browser === 'firefox' ? [EXTENSIONS_PERMISSION] : [SYNC_PERMISSION, EXTENSIONS_PERMISSION];
}

/** Whether a built manifest is Firefox's (it carries the gecko id). */
const isFirefoxManifest = (manifest: { browser_specific_settings?: unknown }) => manifest.browser_specific_settings !== undefined;

/** The safety check's permissions of the running build, read from its manifest. */
export function safetyCheckPermissionsOf(api: { runtime: { getManifest(): { browser_specific_settings?: unknown } } }): SafetyPermission[] {
  return safetyCheckPermissions(isFirefoxManifest(api.runtime.getManifest()) ? 'firefox' : 'chromium');
}

/**
 * Gives the safety check's permissions back (a quick exit does, always: "manage your extensions"
 * in a calculator's details would stand out). Never throws.
 */
export async function returnSafetyCheckPermissions(api: {
  runtime: { getManifest(): { browser_specific_settings?: unknown } };
  permissions: { remove?(p: { permissions: string[] }): Promise<boolean> };
}): Promise<void> {
  if (!api.permissions.remove) return;
  await api.permissions.remove({ permissions: safetyCheckPermissionsOf(api) }).catch(() => false);
}
