import { sitePermissions, type QuickExitBrowser } from './browser-api';
import { track } from './tracking';
import { hostOf } from './visits';
import { isOrdinaryHttpsSite } from '../directory/help-url';

export type OpenMode = 'private' | 'tab';

export type OpenResult =
  | { status: 'opened'; mode: OpenMode }
  /** The extension may not run in private windows: a private window could not be closed by quick exit. */
  | { status: 'private-not-allowed' }
  /** A normal tab leaves history and site data unless the person grants history and browsingData. */
  | { status: 'needs-permissions' }
  | { status: 'invalid-url' };

/** Only ordinary web pages of help services are opened; never another scheme. */
export function helpSiteUrl(site: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(site) && !/^https?:\/\//i.test(site)) return null;
  const url = /^https?:\/\//i.test(site) ? site : `https://${site}`;
  const host = hostOf(url);
  return host && isOrdinaryHttpsSite(url) ? url : null;
}

/**
 * Opens a help website so that it leaves no history: in a private window the extension can
 * see and close, or (only with the optional permissions granted) in a normal tab whose
 * history and site data are removed.
 */
export async function openHelpSite(api: QuickExitBrowser, site: string, mode: OpenMode): Promise<OpenResult> {
  const url = helpSiteUrl(site);
  if (!url) return { status: 'invalid-url' };
  const host = hostOf(url)!;
  if (mode === 'private') {
    if (!(await api.extension.isAllowedIncognitoAccess())) return { status: 'private-not-allowed' };
    // Tracked before the page loads, so a quick exit at any moment finds it.
    await track({ host });
    const created = await api.windows.create({ url, incognito: true, focused: true });
    if (created?.id === undefined) return { status: 'private-not-allowed' };
    await track({ window: created.id });
    return { status: 'opened', mode };
  }
  if (!(await api.permissions.contains({ permissions: sitePermissions(api) }))) return { status: 'needs-permissions' };
  // The address opened, too: a site that sends it on elsewhere (veiligthuis.nl → www.veiligthuis.nl)
  // leaves a history row of it that no tab event reports; the cleaning must add it back and delete
  // it like every page of the tab, so that Chromium also drops what it keeps beside the row
  // (address-bar shortcuts, grouped visits; docs/quick-exit.md).
  await track({ host, url });
  const tab = await api.tabs.create({ url, active: true });
  if (tab.id !== undefined) await track({ tab: tab.id });
  return { status: 'opened', mode };
}
