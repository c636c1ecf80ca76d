/**
 * `permissions.onRemoved`: she took the history and site-data permissions back in the
 * browser's own settings. What relied on them stops: a help site waiting to open in a normal
 * tab "once permitted" is forgotten (it would open by surprise at a later grant), and "keep the
 * website permissions after quick exit" is switched off (there is nothing left to keep). The
 * popup reads the permissions themselves each time it opens (`sitePermissionsGranted`), so it
 * offers a normal tab again only after a new grant. Keys: `pendingHelpSite` (session) and
 * `keepPermissionsOnExit` (local) in lib/storage-items.ts; a unit test checks they agree.
 */
export const PENDING_SITE_SESSION_KEY = 'pendingTab';
export const KEEP_ACCESS_LOCAL_KEY = 'keepAccess';

export interface RemovedPermissionsBrowser {
  runtime: { getManifest(): { optional_permissions?: unknown[] } };
  storage: {
    local: { remove(key: string): Promise<void> };
    session: { remove(key: string): Promise<void> };
  };
}

/** Returns whether anything the help relied on was removed. */
export async function onPermissionsRemoved(api: RemovedPermissionsBrowser, removed: { permissions?: string[] }): Promise<boolean> {
  const optional = new Set((api.runtime.getManifest().optional_permissions ?? []).filter((p): p is string => typeof p === 'string'));
  if (!(removed.permissions ?? []).some((p) => optional.has(p))) return false;
  await Promise.all([api.storage.session.remove(PENDING_SITE_SESSION_KEY), api.storage.local.remove(KEEP_ACCESS_LOCAL_KEY)]);
  return true;
}
