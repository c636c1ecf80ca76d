import type { PlanData } from './plan/data';
import type { SaveState } from './plan/draft';
import type { FixResult } from './quick-exit/shortcut';
import type { SafetyCheckState } from './safety/check';
import type { SafetyPermission } from './safety/permissions';
import type { TabSyncState } from './safety/tab-sync';
import type { ExitReport } from './quick-exit/exit-report';
import type { LockMode, UnlockResult, VaultStatus } from './vault/plan-vault';

/**
 * What the popup's screens can do: the actions components receive as props. They live here,
 * not beside the components, so that lib/ (which wires them to the browser) never imports
 * from components/; the screens import these types from here.
 */

/** Reading aloud, wired by the popup entry to a local voice (lib/popup/speech.ts). */
export interface Speech {
  canSpeak(language: string): boolean;
  speak(text: string, language: string): void;
  stop(): void;
}

/** What the plan screen can do; the popup entry wires these to the vault and storage. */
export interface PlanActions {
  open(): Promise<VaultStatus>;
  /** First use, or start again (replaces what was stored). */
  create(passphrase: string, lockMode: LockMode): Promise<PlanData>;
  unlock(passphrase: string): Promise<UnlockResult>;
  /** Every keystroke: saved shortly after, and at once when the popup closes. */
  change(plan: PlanData): void;
  /** Tells the screen whether the last change is stored; returns an unsubscribe. */
  onSaveState(listener: (state: SaveState, storageFull: boolean) => void): () => void;
  setLockMode(mode: LockMode): Promise<void>;
  lock(): Promise<void>;
  remove(): Promise<void>;
  print(): void;
  /** Whether a quick exit keeps the plan (and its incident log), as she chose in Settings. */
  keepsOnExit?: () => Promise<boolean>;
}

export interface QuickExitKeyActions {
  browserKind: 'chromium' | 'firefox';
  /** The key now set ('' when none). */
  leaveKey: () => Promise<string>;
  /** The key she is told to press on Chromium's shortcuts page. */
  keyToChoose: string;
  /** Firefox: sets a key; Chromium: opens the browser's shortcuts page. */
  fixQuickExitShortcut: () => Promise<FixResult>;
}

export interface QuickExitKeepActions {
  getKeepPlan: () => Promise<boolean>;
  setKeepPlan: (keep: boolean) => Promise<void>;
  getRemoveOnExit: () => Promise<boolean>;
  setRemoveOnExit: (on: boolean) => Promise<void>;
}

export interface QuickExitPracticeActions extends QuickExitKeyActions {
  /** Does what a quick exit shows (this window closes, the safe page comes to the front), and deletes nothing. */
  practiceLeave: () => void;
}

export interface QuickExitSettingsActions extends QuickExitPracticeActions, QuickExitKeepActions {
  getSafePage: () => Promise<string | null>;
  setSafePage: (input: string) => Promise<boolean>;
  privateWindowsAllowed: () => Promise<boolean>;
  sitePermissionsGranted: () => Promise<boolean>;
  /** Asks for the history and browsing-data permissions; with a site, the background opens it in a tab once they are given. */
  requestSitePermissions: (thenOpen?: string) => Promise<boolean>;
  removeSitePermissions: () => Promise<boolean>;
  getKeepPermissions: () => Promise<boolean>;
  setKeepPermissions: (keep: boolean) => Promise<void>;
  /** Chromium: opens the browser's page where she changes the key; false where it cannot (Firefox: she follows the words). */
  openShortcutsPage?: () => Promise<boolean>;
}

/** What the safety check can do: read the browser's state now (nothing is stored), and ask for or give back its own permissions. */
export interface SafetyCheckActions {
  read: () => Promise<SafetyCheckState>;
  /** For the website dialog: whether this browser shares its open tabs with other devices. */
  readTabSync: () => Promise<TabSyncState>;
  /** Must run straight from the click: asks for one of the safety check's optional permissions. */
  allow: (permission: SafetyPermission) => Promise<boolean>;
  giveBack: (permission: SafetyPermission) => Promise<boolean>;
}

/** What the popup can do; the entry point wires these to the browser. */
export interface PopupActions extends QuickExitSettingsActions {
  /** Loads and keeps the chosen language; resolves to the language now in use. */
  chooseLanguage: (code: string) => Promise<string>;
  copyText: (text: string) => Promise<boolean>;
  quickExit: () => void;
  openSite: (site: string, mode: 'private' | 'tab') => Promise<{ status: string }>;
  /** Loads the topic texts (their own chunk) for a language and its fallbacks. */
  loadTopics: (language: string) => Promise<void>;
  /** Reading aloud with a local voice (absent in tests that do not need it). */
  speech?: Speech;
  /** Loads the safety plan's actions when the plan is first opened (absent in tests that do not need it). */
  loadPlan?: () => Promise<PlanActions>;
  /** True on a phone or tablet: numbers are call links there; on a computer they are text to dial. */
  canCall?: boolean;
  /**
   * A site she asked to open once permitted, whose permission never came (refused, or the
   * question was closed); forgets it. Null when there is none.
   */
  takeUnansweredSite?: () => Promise<string | null>;
  /** Private windows (lib/privacy/private-access.ts): remembers that she was shown the way there; `tried`: and that she is trying. */
  markPrivateStepsShown?: (tried?: boolean) => Promise<void>;
  /** Chromium: opens this extension's page in the browser's settings; false where the browser cannot. */
  openPrivateAccessSettings?: () => Promise<boolean>;
  /** Shown the way a moment ago: whether private windows are allowed now (forgotten after); else null. */
  takePrivateAccessReturn?: () => Promise<boolean | null>;
  /** The safety check's readings (absent in tests that do not need it: then it is not offered). */
  safety?: SafetyCheckActions;
  /** The last quick exit's result, once: null when there is none or it was shown already. */
  takeExitReport?: () => Promise<ExitReport | null>;
}

/** What the private-window steps need: the switch's state, and the way to it. */
export type PrivateAccessActions = Pick<
  PopupActions,
  'browserKind' | 'privateWindowsAllowed' | 'markPrivateStepsShown' | 'openPrivateAccessSettings' | 'takePrivateAccessReturn'
>;
