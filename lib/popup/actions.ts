import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import type { PopupActions } from '../../components/App';
import { switchLanguage } from '../i18n/setup';
import { sitePermissions } from '../quick-exit/browser-api';
import { QUICK_EXIT_COMMAND, type BackgroundRequest } from '../quick-exit/messages';
import type { OpenResult } from '../quick-exit/open-site';
import { coverCode, languagePreference, pendingHelpSite, removeOnQuickExit, safePageSetting } from '../storage-items';
import { deviceCanCall } from '../directory/calling';
import { hashCode, isStoredCode, verifyCode } from '../calculator/code';
import type { CoverActions } from '../../components/Popup';
import { loadTopics } from '../topics/load';
import { createSpeech } from './speech';
import type { PlanActions } from '../../components/plan/types';

/** Copies with the page's clipboard API; false when the browser refuses (no focus, no gesture). */
export async function copyToClipboard(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

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

export function createPopupActions(
  instance: i18n,
  clipboard = globalThis.navigator?.clipboard,
  loadPlan?: () => Promise<PlanActions>,
): PopupActions {
  return {
    loadPlan,
    async chooseLanguage(code) {
      const language = await switchLanguage(instance, code);
      await languagePreference.setValue(language);
      return language;
    },
    copyText: (text) => copyToClipboard(text, clipboard),
    async quickExit() {
      // The background does the work: this popup is closed by it, or closes itself here.
      void ask({ type: 'quick-exit' });
      window.close();
    },
    openSite: (site, mode) => ask<OpenResult>({ type: 'open-help-site', site, mode }),
    // Must run straight from the click: browsers only show the prompt for a user gesture.
    requestSitePermissions(thenOpen) {
      // Chromium closes the popup while it asks: the background opens the site once permitted.
      // Without a site (Settings), an earlier unanswered wish is forgotten, so nothing opens by surprise.
      void ask({ type: 'open-help-site-when-permitted', site: thenOpen ?? null }).catch(() => undefined);
      return browser.permissions.request(sitePermissionRequest()).catch(() => false);
    },
    removeSitePermissions: () => browser.permissions.remove(sitePermissionRequest()).catch(() => false),
    sitePermissionsGranted: () => browser.permissions.contains(sitePermissionRequest()),
    privateWindowsAllowed: () => browser.extension.isAllowedIncognitoAccess(),
    async quickExitShortcut() {
      const commands = await browser.commands.getAll().catch(() => []);
      return commands.find((c) => c.name === QUICK_EXIT_COMMAND)?.shortcut ?? '';
    },
    browserKind: navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chromium',
    canCall: deviceCanCall({ userAgent: navigator.userAgent, matchMedia: globalThis.matchMedia?.bind(globalThis) }),
    async takeUnansweredSite() {
      const pending = await pendingHelpSite.getValue();
      if (!pending || pending.until < Date.now()) return null;
      if (await browser.permissions.contains(sitePermissionRequest()).catch(() => false)) return null;
      await ask({ type: 'open-help-site-when-permitted', site: null }).catch(() => undefined);
      return pending.site;
    },
    getSafePage: () => safePageSetting.getValue(),
    async setSafePage(input) {
      const value = normaliseSafePage(input);
      if (value === 'invalid') return false;
      await safePageSetting.setValue(value);
      return true;
    },
    getRemoveOnExit: () => removeOnQuickExit.getValue(),
    setRemoveOnExit: (on) => removeOnQuickExit.setValue(on),
    loadTopics: (language) => loadTopics(instance, language),
    speech: createSpeech(),
  };
}

/** The calculator cover's code: checked and changed here, stored only as a salted hash. */
export async function createCoverActions(): Promise<CoverActions> {
  const stored = await coverCode.getValue();
  let current = isStoredCode(stored) ? stored : null;
  return {
    hasCode: current !== null,
    verifyCode: async (code) => current !== null && verifyCode(code, current),
    async setCode(code) {
      current = await hashCode(code);
      await coverCode.setValue(current);
    },
  };
}
