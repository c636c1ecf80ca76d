import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import type { PlanActions, PopupActions } from '../screen-actions';
import { switchLanguage } from '../i18n/setup';
import { sitePermissions } from '../quick-exit/browser-api';
import type { BackgroundRequest } from '../quick-exit/messages';
import { CHROMIUM_SHORTCUTS_PAGE, currentQuickExitKey, fixQuickExitKey, keyToChoose, type CommandsApi } from '../quick-exit/shortcut';
import type { OpenResult } from '../quick-exit/open-site';
import { takeUnseenExitReport } from '../quick-exit/exit-report';
import { keepPermissionsOnExit, keepPlanOnExit, languagePreference, pendingHelpSite, privateAccessShownAt, removeOnQuickExit, safePageSetting } from '../storage-items';
import { deviceCanCall } from '../directory/calling';
import { loadTopics } from '../topics/load';
import { copyAndRemember, emptyCopiedClipboard } from './clipboard';
import { createSpeech } from './speech';
import { createPrivateAccess } from '../privacy/private-access';
import { createSafetyActions, type SafetyBrowser } from '../safety/actions';

export { copyToClipboard } from './clipboard';

/** The optional permissions, asked for, checked and given back together. */
const sitePermissionRequest = () => ({ permissions: sitePermissions(browser) }) as Parameters<typeof browser.permissions.request>[0];

function ask<R>(request: BackgroundRequest): Promise<R> {
  return browser.runtime.sendMessage(request) as Promise<R>;
}

/** A safe page must be an ordinary https address; returns null to mean "a new tab". */
export function normaliseSafePage(input: string): string | null | 'invalid' {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(/^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : 'invalid';
  } catch {
    return 'invalid';
  }
}

const browserKind = globalThis.navigator?.userAgent.includes('Firefox/') ? 'firefox' : 'chromium';
const isMac = /Mac/.test(globalThis.navigator?.platform ?? '');
// The fake browser of unit tests has no commands API at all.
const commandsApi = (): CommandsApi => (browser.commands as CommandsApi | undefined) ?? { getAll: async () => [] };

export function createPopupActions(
  instance: i18n,
  clipboard = globalThis.navigator?.clipboard,
  loadPlan?: () => Promise<PlanActions>,
): PopupActions {
  const privateAccess = createPrivateAccess(browser, browserKind, privateAccessShownAt);
  return {
    loadPlan,
    async chooseLanguage(code) {
      const language = await switchLanguage(instance, code);
      await languagePreference.setValue(language);
      return language;
    },
    copyText: (text) => copyAndRemember(text, clipboard),
    async quickExit() {
      // A copied number (from this popup or an earlier one) leaves the clipboard first: only a page
      // with focus may write it; the shortcut, handled in the background, cannot (lib/popup/clipboard.ts).
      await Promise.race([emptyCopiedClipboard(clipboard), new Promise((r) => setTimeout(r, 100))]);
      // The background does the work: this popup is closed by it, or closes itself here.
      void ask({ type: 'clear' }).catch(() => undefined);
      window.close();
    },
    openSite: (site, mode) => ask<OpenResult>({ type: 'open-page', site, mode }),
    // Must run straight from the click: browsers only show the prompt for a user gesture.
    requestSitePermissions(thenOpen) {
      // Chromium closes the popup while it asks: the background opens the site once permitted.
      // Without a site (Settings), an earlier unanswered wish is forgotten, so nothing opens by surprise.
      void ask({ type: 'open-page-when-permitted', site: thenOpen ?? null }).catch(() => undefined);
      return browser.permissions.request(sitePermissionRequest()).catch(() => false);
    },
    removeSitePermissions: () => browser.permissions.remove(sitePermissionRequest()).catch(() => false),
    sitePermissionsGranted: () => browser.permissions.contains(sitePermissionRequest()),
    privateWindowsAllowed: () => browser.extension.isAllowedIncognitoAccess(),
    leaveKey: () => currentQuickExitKey(commandsApi()),
    keyToChoose: keyToChoose(isMac),
    fixQuickExitShortcut: () => fixQuickExitKey({ commands: commandsApi(), tabs: browser.tabs }, browserKind, isMac),
    browserKind,
    canCall: deviceCanCall({ userAgent: navigator.userAgent, matchMedia: globalThis.matchMedia?.bind(globalThis) }),
    async takeUnansweredSite() {
      const pending = await pendingHelpSite.getValue();
      if (!pending || pending.until < Date.now()) return null;
      if (await browser.permissions.contains(sitePermissionRequest()).catch(() => false)) return null;
      await ask({ type: 'open-page-when-permitted', site: null }).catch(() => undefined);
      return pending.site;
    },
    takeExitReport: () => takeUnseenExitReport(browser.storage),
    getSafePage: () => safePageSetting.getValue(),
    async setSafePage(input) {
      const value = normaliseSafePage(input);
      if (value === 'invalid') return false;
      await safePageSetting.setValue(value);
      return true;
    },
    practiceLeave() {
      // The background shows the safe page; this window closes as in a real quick exit.
      void ask({ type: 'try-clear' }).catch(() => undefined);
      window.close();
    },
    getKeepPlan: () => keepPlanOnExit.getValue(),
    setKeepPlan: (keep) => keepPlanOnExit.setValue(keep),
    getKeepPermissions: () => keepPermissionsOnExit.getValue(),
    setKeepPermissions: (keep) => keepPermissionsOnExit.setValue(keep),
    getRemoveOnExit: () => removeOnQuickExit.getValue(),
    setRemoveOnExit: (on) => removeOnQuickExit.setValue(on),
    loadTopics: (language) => loadTopics(instance, language),
    speech: createSpeech(),
    markPrivateStepsShown: privateAccess.markShown,
    openPrivateAccessSettings: privateAccess.openSettings,
    takePrivateAccessReturn: privateAccess.takeReturn,
    safety: createSafetyActions(() => browser as unknown as SafetyBrowser, commandsApi, browserKind),
    // A chrome:// page opens from the extension (a link in the popup is refused) and enters no
    // history (tests/e2e/shortcut-settings.chromium.e2e.ts). Firefox refuses about:addons.
    openShortcutsPage: () =>
      browserKind === 'chromium' ? browser.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE, active: true }).then(() => true, () => false) : Promise.resolve(false),
  };
}
