import { storage } from 'wxt/utils/storage';

/**
 * Every value the extension keeps, in one registry. The key strings are neutral on purpose:
 * DevTools shows them to anyone who checks (Application → Extension storage), so no key names
 * help, a plan, an exit or a safe page. Values stored under the earlier names are moved once
 * (lib/storage-migration.ts). Quick exit removes every stored value except those marked `keep`
 * (the disguise's own settings, which say
 * nothing about help); a unit test checks that nothing is stored under an unregistered key.
 */
export const languagePreference = storage.defineItem<string | null>('local:language', { fallback: null });

/** The page quick exit brings to the front (an ordinary https site the person picked), or null for a new tab. */
export const safePageSetting = storage.defineItem<string | null>('local:startPage', { fallback: null });

/** Remove the extension itself at the end of a quick exit (off by default). */
export const removeOnQuickExit = storage.defineItem<boolean>('local:uninstallOnClear', { fallback: false });

/**
 * Help windows and tabs the extension opened, and the sites opened in them, kept only in
 * memory-backed session storage while help is open; quick exit closes and forgets them.
 */
export interface TrackedHelp {
  windows: number[];
  tabs: number[];
  /** Host names opened, so their history and site data can be removed. */
  hosts: string[];
  /** Every page loaded in those tabs (also on other sites, reached by a link), for the same. */
  urls: string[];
}
export const trackedHelp = storage.defineItem<TrackedHelp>('session:windows', {
  fallback: { windows: [], tabs: [], hosts: [], urls: [] },
});

/**
 * A help site to open in a normal tab once the person grants the history and browsing-data
 * permissions: Chromium closes the popup while it asks, so the background opens it.
 */
export interface PendingHelpSite {
  site: string;
  /** ms since the epoch after which the wish is void. */
  until: number;
}
export const pendingHelpSite = storage.defineItem<PendingHelpSite | null>('session:pendingTab', { fallback: null });

/** The safety plan, encrypted (a versioned envelope from lib/vault/crypto.ts); never plain text. */
export const planVault = storage.defineItem<unknown>('local:notes', { fallback: null });
/** Wrong-passphrase counter and the time of the next allowed try. */
export const planLockout = storage.defineItem<unknown>('local:notesTries', { fallback: null });
/** How the plan locks: 'popup' (when the popup closes, the default) or 'minutes'. */
export const planLockMode = storage.defineItem<string | null>('local:notesLock', { fallback: null });
/** Only in 'minutes' mode: the raw plan key and when it expires (memory-only area). */
export const planSessionKey = storage.defineItem<unknown>('session:notesKey', { fallback: null });

/**
 * On a public terminal in ephemeral mode (policy), the plan lives in memory-only session
 * storage instead: nothing of a visitor's plan is ever written to disk.
 */
export const ephemeralPlanVault = storage.defineItem<unknown>('session:notes', { fallback: null });
export const ephemeralPlanLockout = storage.defineItem<unknown>('session:notesTries', { fallback: null });
export const ephemeralPlanLockMode = storage.defineItem<string | null>('session:notesLock', { fallback: null });

/** The calculator cover's code, only as a salted hash (lib/calculator/code.ts). Kept through a quick exit: the disguise needs it. */
export const coverCode = storage.defineItem<unknown>('local:keypad', { fallback: null });

/**
 * True once the calculator's setup was shown: later openings start on the plain calculator,
 * also when the setup was not finished. Kept through a quick exit, like the code.
 */
export const introSeen = storage.defineItem<boolean>('local:introSeen', { fallback: false });

/** "Keep my plan (encrypted) on quick exit": off by default, then quick exit deletes the plan. */
export const keepPlanOnExit = storage.defineItem<boolean>('local:keepNotes', { fallback: false });
/** "Keep the website permissions after quick exit": off by default, then quick exit gives them back. */
export const keepPermissionsOnExit = storage.defineItem<boolean>('local:keepAccess', { fallback: false });

/**
 * Host names of normal help tabs still to be cleaned (no path or query, at most 50, never on a
 * public terminal), kept on disk while such a tab is open so that cleaning can finish after a
 * crash. Stored encoded (not readable at a glance; lib/quick-exit/unfinished.ts).
 */
export const unfinishedCleaning = storage.defineItem<string | null>('local:r', { fallback: null });

/** Set while a quick exit's cleaning is unfinished; a neutral name and value on purpose. */
export const cleaningPending = storage.defineItem<number>('session:p', { fallback: 0 });

/**
 * Set when a phone number was copied, until the clipboard was emptied again (lib/popup/clipboard.ts).
 * Kept through a quick exit (memory only): where the shortcut's quick exit cannot reach the clipboard
 * (Chromium), the next opening of the popup empties it. Says only that something was copied.
 */
export const copiedText = storage.defineItem<boolean>('session:copied', { fallback: false });

/** The open plan's write token (lib/vault/write-token.ts): a write lands only while it is here. */
export const planWriteToken = storage.defineItem<unknown>('session:notesTurn', { fallback: null });
/**
 * When she was last shown how to let the extension run in private windows, and whether she
 * acted on it (`{ at, tried }`), so that the next opening can say whether it worked
 * (lib/privacy/private-access.ts). On disk: Chromium reloads the extension, which empties
 * session storage, when that switch changes.
 */
export const privateAccessShownAt = storage.defineItem<unknown>('local:settingsAt', { fallback: null });
/**
 * The last quick exit's result: when, and which kinds of trace it could not remove (no site, no
 * word of help; lib/quick-exit/exit-report.ts). Kept through a quick exit so the next opening of
 * the help can say it; not on a public terminal.
 */
export const exitReport = storage.defineItem<unknown>('local:lastRun', { fallback: null });

/** The empty tab the last quick exit without a safe page showed, reused by the next (lib/quick-exit/blank-tab.ts). */
export const blankTab = storage.defineItem<unknown>('session:tab', { fallback: null });

export interface RegisteredItem {
  key: string;
  /** Kept through a quick exit: settings of the disguise that do not hint at help. */
  keep: boolean;
  /** Kept through a quick exit only when the person chose to keep her plan. */
  keepWithPlan?: boolean;
}

/** The disguise's own settings: they say nothing about help, and the disguise needs them. */
const KEPT = [safePageSetting, removeOnQuickExit, coverCode, introSeen, keepPlanOnExit, keepPermissionsOnExit, exitReport];
/** The encrypted plan and its lock state: kept only when she chose "keep my plan". */
const PLAN = [planVault, planLockout, planLockMode];
const WIPED = [
  unfinishedCleaning,
  languagePreference,
  trackedHelp,
  pendingHelpSite,
  cleaningPending,
  planSessionKey,
  ephemeralPlanVault,
  ephemeralPlanLockout,
  ephemeralPlanLockMode,
  planWriteToken,
  privateAccessShownAt,
  blankTab,
];

export const STORAGE_ITEMS: readonly RegisteredItem[] = [
  ...KEPT.map((item) => ({ key: item.key, keep: true })),
  { key: copiedText.key, keep: true },
  ...PLAN.map((item) => ({ key: item.key, keep: false, keepWithPlan: true })),
  ...WIPED.map((item) => ({ key: item.key, keep: false })),
];

/** The storage areas the extension writes. `sync` is never used: it would copy data off the device. */
export const STORAGE_AREAS = ['local', 'session'] as const;
