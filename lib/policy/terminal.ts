import { readPolicy, watchPolicy, type ManagedStorage } from './read';
import { DEFAULT_POLICY, type Policy } from './types';
import { startVisitorWipe, type VisitorWipeBrowser, type WipeReason } from './visitor-wipe';

export interface TerminalPolicy {
  /** The policy in force now (the defaults until the managed settings are read). */
  current(): Policy;
  /** A browser start or the extension (re)loaded: on a public terminal, a new visitor. */
  newVisit(): void;
}

/**
 * Keeps the administrator's policy current in the background and the visitor wipe in step
 * with it. The new-visit wipe waits for the policy: Chromium may deliver managed settings
 * only after start-up (a change event), and the wipe must still happen, once.
 */
export function keepTerminalPolicy(
  api: VisitorWipeBrowser & { storage: ManagedStorage },
  serviceIds: ReadonlySet<string>,
  wipe: (reason: WipeReason) => Promise<void>,
): TerminalPolicy {
  let policy: Policy = DEFAULT_POLICY;
  let stopVisitorWipe = () => undefined as void;
  let newVisitPending = false;

  const apply = async () => {
    policy = (await readPolicy(api.storage, serviceIds)).policy;
    const atBrowserStart = newVisitPending && policy.ephemeral;
    if (atBrowserStart) newVisitPending = false;
    stopVisitorWipe();
    stopVisitorWipe = startVisitorWipe(api, policy, wipe, { atBrowserStart });
  };
  void apply();
  watchPolicy(api.storage, () => void apply());
  return {
    current: () => policy,
    newVisit() {
      newVisitPending = true;
      void apply();
    },
  };
}
