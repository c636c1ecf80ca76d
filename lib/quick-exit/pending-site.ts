import { pendingHelpSite } from '../storage-items';
import { sitePermissions, type QuickExitBrowser } from './browser-api';
import { openHelpSite, type OpenResult } from './open-site';

/** How long a "give permission and open" wish waits for the person's answer to the prompt. */
export const PENDING_SITE_WAIT_MS = 5 * 60_000;

/** Remembers the site to open once permitted; null forgets an earlier wish (the permissions were asked for something else). */
export async function rememberPendingSite(site: string | null, now = Date.now()): Promise<void> {
  if (site === null) await pendingHelpSite.removeValue();
  else await pendingHelpSite.setValue({ site, until: now + PENDING_SITE_WAIT_MS });
}

/**
 * Opens the help site the person asked for once the permissions are granted, exactly once:
 * the request message and the permission event may arrive in either order, so both call the
 * returned function, which runs one call at a time.
 */
export function createPendingSiteOpener(api: QuickExitBrowser, now = () => Date.now()): () => Promise<OpenResult | null> {
  let queue: Promise<OpenResult | null> = Promise.resolve(null);
  const openOnce = async (): Promise<OpenResult | null> => {
    const pending = await pendingHelpSite.getValue();
    if (!pending) return null;
    if (pending.until < now()) {
      await pendingHelpSite.removeValue();
      return null;
    }
    if (!(await api.permissions.contains({ permissions: sitePermissions(api) }))) return null;
    await pendingHelpSite.removeValue();
    return openHelpSite(api, pending.site, 'tab');
  };
  return () => (queue = queue.then(openOnce, openOnce));
}
