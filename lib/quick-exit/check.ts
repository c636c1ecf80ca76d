import type { TrackedHelp } from '../storage-items';
import type { QuickExitBrowser } from './browser-api';
import { leftoverStorage, resetStorage } from './choices';
import { countClosedHelpTabs, findHistoryOf, forgetClosedHelpTabs, granted } from './clean';
import type { ExitCategory } from './exit-report';
import { closeAll } from './hide';
import type { HelpVisits } from './visits';

/**
 * After cleaning, the quick exit looks again with what the browser lets it read, removes what
 * it missed, and looks once more: what is still there goes into the report (exit-report.ts).
 * A browser API that throws or silently does nothing shows up here instead of staying silent.
 *
 * - help windows and tabs: `windows.getAll`, `tabs.get`;
 * - history of the help sites (what the address bar suggests): `history.search`, with the permission;
 * - "Recently closed": only Firefox lets an extension read it (`sessions`);
 * - site data: cannot be read back; a removal that failed, or a normal help tab without the permission, counts;
 * - its own storage: read back.
 */
export async function checkAfterCleaning(
  api: QuickExitBrowser,
  record: TrackedHelp,
  facts: { terminal: boolean; siteDataRemoved: boolean },
): Promise<ExitCategory[]> {
  const visits = { hosts: record.hosts, urls: record.urls };
  // Pages loaded in a normal tab leave history and site data; a private window leaves neither.
  const normalTabs = record.tabs.length > 0 || record.urls.length > 0;
  const checks: Array<[ExitCategory, () => Promise<boolean>]> = [
    ['history', () => historyLeft(api, visits, normalTabs)],
    ['recentlyClosed', () => closedTabsLeft(api, visits)],
    ['siteData', async () => normalTabs && !facts.siteDataRemoved],
    ['tabs', () => helpStillOpen(api, record)],
    ['storage', () => storageLeft(api, facts.terminal)],
  ];
  const results = await Promise.all(checks.map(([, left]) => left().catch(() => true)));
  return checks.filter((_, i) => results[i]).map(([category]) => category);
}

async function helpStillOpen(api: QuickExitBrowser, record: Pick<TrackedHelp, 'windows' | 'tabs'>): Promise<boolean> {
  const open = async () => {
    const windows = (await api.windows.getAll()).map((w) => w.id);
    const tabs = api.tabs.get ? await Promise.all(record.tabs.map((id) => api.tabs.get!(id).then(() => id, () => null))) : [];
    return { windows: record.windows.filter((id) => windows.includes(id)), tabs: tabs.filter((id): id is number => id !== null) };
  };
  const first = await open();
  if (!first.windows.length && !first.tabs.length) return false;
  await closeAll(api, first, false);
  const again = await open();
  return again.windows.length > 0 || again.tabs.length > 0;
}

async function historyLeft(api: QuickExitBrowser, visits: HelpVisits, normalTabs: boolean): Promise<boolean> {
  if (!visits.hosts.length && !visits.urls.length) return false;
  // Without the permission nothing could be removed, and nothing can be read back.
  if (!api.history || !(await granted(api, 'history'))) return normalTabs;
  const found = await findHistoryOf(api, visits);
  if (!found.length) return false;
  for (const url of found) await api.history.deleteUrl({ url }).catch(() => undefined);
  return (await findHistoryOf(api, visits)).length > 0;
}

async function closedTabsLeft(api: QuickExitBrowser, visits: HelpVisits): Promise<boolean> {
  if (!visits.hosts.length && !visits.urls.length) return false;
  if (!(await countClosedHelpTabs(api, visits))) return false; // none, or not readable (Chromium)
  await forgetClosedHelpTabs(api, visits).catch(() => 0);
  return ((await countClosedHelpTabs(api, visits)) ?? 0) > 0;
}

async function storageLeft(api: QuickExitBrowser, terminal: boolean): Promise<boolean> {
  const first = await leftoverStorage(api, terminal);
  if (!first.local.length && !first.session.length) return false;
  await resetStorage(api, terminal).catch(() => undefined);
  const again = await leftoverStorage(api, terminal);
  return again.local.length > 0 || again.session.length > 0;
}
