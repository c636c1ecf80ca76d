import { returnSafetyCheckPermissions } from '../safety/permissions';
import { cleaningPending, type TrackedHelp, privateAccessShownAt } from '../storage-items';
import type { QuickExitBrowser } from './browser-api';
import { checkAfterCleaning } from './check';
import { exitChoices, givePermissionsBack, resetStorage, returnPermissions, TERMINAL_CHOICES } from './choices';
import { findHistoryOf, forgetClosedHelpTabs, forgetCrashedHelpTabs, granted, removeHistoryOf, removeSiteDataOf, resetToolbar } from './clean';
import { closeAll, currentSafePage, hide, type BrowserWindows } from './hide';
import { knownOrdinaryWindow } from './front-window';
import { forgetCleaned, knownHelp, NO_HELP, readHelp, whenHelpTabsRecorded } from './tracking';
import { finishUnfinishedCleaning, rememberUnfinished } from './unfinished';
import { writeExitReport, type ExitCategory } from './exit-report';
import { storeBlankTab } from './blank-tab';
import { backgroundPage, emptyClipboardAfterExit } from './clipboard';
import type { HelpVisits } from './visits';

/**
 * The whole quick exit, in the order it happens. A key press or the Snel weg button reaches
 * `quickExit`: it hides first (hide.ts: the safe page in front, help windows and tabs closed),
 * then marks the cleaning as unfinished and cleans (`clean`: history, "Recently closed", site
 * data, toolbar, storage), looks again and removes what it missed (check.ts), gives the
 * permissions back, and keeps one neutral record of the result (exit-report.ts). A run cut short is finished by `resumeQuickExit` when
 * the service worker starts again; a browser that crashed with a normal help tab open is
 * cleaned by `finishCrashCleaning` from the list of sites kept on disk (unfinished.ts).
 */
export { forgetClosedHelpTabs, removeHistoryOf, removeSiteDataOf } from './clean';
export { resetStorage } from './choices';
export { followSafePage, forgetSafePageMemory, hide, practiceLeave } from './hide';

export interface QuickExitTimings {
  /** ms from the call until the safe page was in front and help windows were closed. */
  hidden: number;
  /** The clock time (Date.now()) when hiding was done: the benchmark compares it with the key press. */
  hiddenAt: number;
  /** ms from the call until cleaning finished. */
  cleaned: number;
}

const now = () => performance.now();

/** One quick exit at a time per browser: a second press while one runs joins it. */
const running = new WeakMap<QuickExitBrowser, Promise<QuickExitTimings>>();

/** True while a quick exit runs: it cleans after every help tab it closes itself. */
export function isQuickExitRunning(api: QuickExitBrowser): boolean {
  return running.has(api);
}


/**
 * The quick exit: hide first, from what is already known in memory, then write the cleaning
 * mark and clean. Two calls at once run as one; `resumeQuickExit` finishes an interrupted run
 * after the service worker restarts.
 */
export function quickExit(
  api: QuickExitBrowser,
  policySafePage: string | null | Promise<string | null> = null,
  options: ExitOptions | Promise<ExitOptions> = {},
): Promise<QuickExitTimings> {
  const current = running.get(api);
  if (current) return current;
  const run = runQuickExit(api, policySafePage, options).finally(() => running.delete(api));
  running.set(api, run);
  return run;
}

export interface ExitOptions {
  /** A public terminal (ephemeral policy): nothing a visitor chose is kept or obeyed. */
  terminal?: boolean;
}

/**
 * A policy still being read may be passed as a promise: a worker the key just woke knows
 * nothing yet, so the policy, the help record, the safe page and the windows are all asked for
 * at once, and hiding waits for one round trip instead of four.
 */
async function runQuickExit(api: QuickExitBrowser, policySafePage: string | null | Promise<string | null>, pendingOptions: ExitOptions | Promise<ExitOptions>): Promise<QuickExitTimings> {
  const start = now();
  const known = knownHelp();
  const windows = known && knownOrdinaryWindow() !== undefined ? undefined : api.windows.getAll().catch((): BrowserWindows => []);
  const [read, safePage] = await Promise.all([known ? null : readHelp(), Promise.resolve(policySafePage).then(currentSafePage)]);
  await hide(api, known ?? read!, safePage, read?.corrupt ?? false, windows);
  const hidden = now() - start;
  const hiddenAt = Date.now();
  // A copied number leaves the clipboard where the background may write it (Firefox; clipboard.ts), never before hiding.
  void emptyClipboardAfterExit(backgroundPage());
  const options = await pendingOptions;

  // Written only now, so that hiding waited for no storage write.
  await cleaningPending.setValue(1).catch(() => undefined);
  // Anything stored that the memory did not know about (or a damaged record) is closed too.
  const stored = read ?? (await readHelp());
  const missed = { ...NO_HELP, windows: without(stored.windows, known?.windows), tabs: without(stored.tabs, known?.tabs) };
  if (missed.windows.length || missed.tabs.length || stored.corrupt) await closeAll(api, missed, stored.corrupt);
  const visits = { hosts: union(stored.hosts, known?.hosts), urls: union(stored.urls, known?.urls) };
  const record = { ...visits, windows: union(stored.windows, known?.windows), tabs: union(stored.tabs, known?.tabs) };
  const result = await clean(api, record, { returnPermissions: true, terminal: options.terminal });
  // Only what was closed and cleaned: a help window opened meanwhile stays known.
  await forgetCleaned(record);
  await endRun(api, result, options);
  return { hidden, hiddenAt, cleaned: now() - start };
}

/**
 * The run's one record (kept through the wipe; not on a terminal, where it would reach the next
 * visitor), then the cleaning mark goes: last, so that the key migration, which watches both,
 * never mistakes a running or finished quick exit for none (lib/storage-migration.ts).
 */
async function endRun(api: QuickExitBrowser, result: CleanResult, options: ExitOptions): Promise<void> {
  if (!options.terminal) await writeExitReport(api.storage, { at: Date.now(), missed: result.missed }).catch(() => undefined);
  await storeBlankTab();
  await cleaningPending.removeValue().catch(() => undefined);
  if (result.removeExtension) await api.management.uninstallSelf({ showConfirmDialog: false }).catch(() => undefined);
}

export interface CleanResult {
  /** What could not be removed, checked afterwards (check.ts). */
  missed: ExitCategory[];
  /** She chose to remove the extension at the end of a quick exit (never on a terminal). */
  removeExtension: boolean;
}

export interface CleanOptions {
  /** Give the optional permissions back unless she chose to keep them (not when cleaning at a browser start). */
  returnPermissions?: boolean;
  /** A public terminal: the visitor's choices (keep plan, keep permissions, remove on exit) are not obeyed, and nothing of hers is kept. */
  terminal?: boolean;
}

/**
 * Cleans after help: history, "Recently closed", site data, toolbar, storage; then looks again
 * with what the browser lets it read and removes what it missed (check.ts), and only then gives
 * the permissions back (the check needs them). `record` may list the help windows and tabs that
 * were closed, so the check can see they are gone.
 */
export async function clean(api: QuickExitBrowser, record: HelpVisits & Partial<Pick<TrackedHelp, 'windows' | 'tabs'>>, options: CleanOptions = {}): Promise<CleanResult> {
  const local = await api.storage.local.get(null).catch(() => ({}) as Record<string, unknown>);
  const choices = options.terminal ? TERMINAL_CHOICES : exitChoices(local);
  const visits = { hosts: record.hosts, urls: record.urls };
  const [, siteData] = await Promise.allSettled([
    removeHistoryOf(api, visits).then(() => forgetClosedHelpTabs(api, visits)),
    removeSiteDataOf(api, visits),
    resetToolbar(api),
  ]);
  await resetStorage(api, options.terminal).catch(() => undefined);
  const missed: ExitCategory[] = await checkAfterCleaning(api, { windows: [], tabs: [], ...record }, {
    terminal: options.terminal ?? false,
    siteDataRemoved: siteData.status === 'fulfilled' && siteData.value,
  });
  if ((options.returnPermissions || options.terminal) && !choices.keepPermissions && !(await returnPermissions(api))) missed.push('permissions');
  // The safety check's own permissions go back on every quick exit: they are asked for again in a moment.
  if (options.returnPermissions || options.terminal) await returnSafetyCheckPermissions(api);
  return { missed, removeExtension: choices.removeExtension };
}


const without = (list: number[], known: number[] = []) => list.filter((x) => !known.includes(x));
const union = <T>(a: T[], b: T[] = []) => [...new Set([...a, ...b])];

/**
 * Finishes a quick exit that a stopped service worker left half done. `options` may be read only
 * when there is a run to finish (a function): at a browser start the crash's cleaning follows at
 * once, without waiting for the managed settings (Firefox took 0.37 s, with a restored help page on screen).
 */
export async function resumeQuickExit(api: QuickExitBrowser, options: ExitOptions | (() => Promise<ExitOptions>) = {}): Promise<boolean> {
  if ((await cleaningPending.getValue().catch(() => 1)) === 0) return false;
  if (typeof options === 'function') options = await options();
  const tracked = await readHelp();
  await closeAll(api, tracked, tracked.corrupt);
  const result = await clean(api, tracked, { returnPermissions: true, terminal: options.terminal });
  await forgetCleaned(tracked);
  await endRun(api, result, options);
  return true;
}

/**
 * While a normal help tab is open, its host names are kept on disk for cleaning after a crash;
 * never on a public terminal (`onTerminal`), where nothing of a visitor goes to disk.
 */
export function keepCrashList(onTerminal: () => Promise<boolean> | boolean = () => false): void {
  whenHelpTabsRecorded(async (record) => {
    if (!(await onTerminal())) await rememberUnfinished(record);
  });
}

/** At a start: cleans after a browser that closed or crashed with a normal help tab open. */
export function finishCrashCleaning(api: Parameters<typeof finishUnfinishedCleaning>[0]): Promise<boolean> {
  return finishUnfinishedCleaning(api, {
    trackedTabsOpen: async () => (await readHelp()).tabs.length > 0,
    cleanSites: async (list, restoredPages) => {
      // Chromium writes the permissions it granted to disk about 10 s later: after a crash in
      // those seconds they are gone at the next start, and nothing of the sites can be removed
      // (seen in the crash test, Chromium 156). Then she is told what to do by hand (below).
      const [history, siteData, tabs] = await Promise.all(['history', 'browsingData', 'tabs'].map((p) => granted(api, p)));
      // Only host names are known: each site's front page stands for its pages (with the restored
      // tabs' own addresses). Added back and deleted, so that "Recently closed" drops the crashed
      // session's help tab (docs/quick-exit.md).
      const fronts = list.opened.flatMap((host) => [`https://${host}/`, `http://${host}/`]);
      const help = { hosts: list.opened, urls: [...fronts, ...restoredPages] };
      const sites = { hosts: [...list.opened, ...list.reached], urls: [] };
      const [, removed] = await Promise.allSettled([
        removeHistoryOf(api, help).then(() => forgetClosedHelpTabs(api, help)),
        removeSiteDataOf(api, sites),
      ]);
      // Looked at again before the permission goes: a history just reopened after a crash may
      // answer the first search before it holds every row (seen in the crash test).
      for (let i = 0; i < 3 && (await findHistoryOf(api, help).catch(() => [])).length; i++) await removeHistoryOf(api, help).catch(() => 0);
      const missed: ExitCategory[] = [];
      if (!history || (await findHistoryOf(api, help).catch(() => [])).length) missed.push('history');
      // Chromium lists the crashed window under "Recently closed". Without the sessions permission
      // it cannot be read: the front pages above drop a tab that showed nothing else; otherwise she
      // is told to clear it herself.
      const closedLeft = await forgetCrashedHelpTabs(api, help, restoredPages).catch(() => null);
      if (closedLeft === null ? !history || list.beyondFrontPages : closedLeft > 0) missed.push('recentlyClosed');
      if (!siteData || removed.status !== 'fulfilled' || !removed.value) missed.push('siteData');
      // Without the tabs permission a restored help tab cannot be recognised.
      if (!tabs) missed.push('tabs');
      await givePermissionsBack(api);
      // The safety check's own permissions go back too, as at every quick exit.
      await returnSafetyCheckPermissions(api);
      // When she was shown the way to private windows: a mark of that visit to help, gone with the rest.
      await privateAccessShownAt.removeValue().catch(() => undefined);
      // The one neutral record, only when something is left: the next opening of the help says what to do by hand.
      if (missed.length) await writeExitReport(api.storage, { at: Date.now(), missed, afterClose: true }).catch(() => undefined);
    },
  });
}
