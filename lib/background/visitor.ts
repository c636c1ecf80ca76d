import type { QuickExitBrowser } from '../quick-exit/browser-api';
import { clean, quickExit, type QuickExitTimings } from '../quick-exit/sequence';
import { STORAGE_ITEMS } from '../storage-items';
import { forgetCleaned, readHelp } from '../quick-exit/tracking';
import { policySafePage } from '../calculator/no-policy';
import type { Policy } from '../policy/types';
import type { WipeReason } from './terminal';

/** What a visitor may set that a quick exit normally keeps (the disguise's settings). */
export const VISITOR_SETTING_KEYS = STORAGE_ITEMS.filter((i) => i.keep && i.key.startsWith('local:')).map((i) => i.key.slice('local:'.length));

export type VisitorBrowser = QuickExitBrowser & { storage: { local: { remove(keys: string[]): Promise<void> } } };

/**
 * On a public terminal (ephemeral mode) nothing of a visitor is kept, not even the settings a
 * quick exit keeps for a disguise: the calculator code, the safe page, "remove on exit".
 */
export async function forgetVisitorSettings(api: VisitorBrowser, policy: Pick<Policy, 'ephemeral'>): Promise<void> {
  if (policy.ephemeral) await api.storage.local.remove(VISITOR_SETTING_KEYS);
}

/** A quick exit: the shortcut, the button, or the idle wipe of a terminal. */
export async function exitVisit(api: VisitorBrowser, known: Pick<Policy, 'ephemeral' | 'safePage'> | Promise<Pick<Policy, 'ephemeral' | 'safePage'>>): Promise<QuickExitTimings> {
  // A policy still being read (a worker the key just woke) is read while the rest is asked for.
  const policy = Promise.resolve(known);
  const timings = await quickExit(api, policy.then(policySafePage), policy.then((p) => ({ terminal: p.ephemeral })));
  await forgetVisitorSettings(api, await policy);
  return timings;
}

/** The wipe between two visitors of a public terminal. */
export async function wipeVisit(api: VisitorBrowser, policy: Pick<Policy, 'ephemeral' | 'safePage'>, reason: WipeReason): Promise<void> {
  // A new visitor at browser start: the last one's traces go, but nothing needs hiding.
  if (reason === 'browser-start') {
    const last = await readHelp();
    await clean(api, last, { terminal: policy.ephemeral });
    await forgetCleaned(last);
    await forgetVisitorSettings(api, policy);
  } else await exitVisit(api, policy);
}
