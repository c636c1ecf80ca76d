import { browser } from 'wxt/browser';
import type { PlanActions } from '../screen-actions';
import { keyExpiryAlarm } from '../vault/key-expiry';
import type { PlanData } from '../plan/data';
import { createDraftSaver, type SaveState } from '../plan/draft';
import { ephemeralPlanLockMode, ephemeralPlanLockout, ephemeralPlanVault, keepPlanOnExit, planLockMode, planLockout, planSessionKey, planVault } from '../storage-items';
import { printPlanView } from './print';
import type { PlanHandoff } from '../vault/handoff';
import { createPlanVault, SaveFailedError, type PlanVaultOptions, type VaultItems } from '../vault/plan-vault';

export const PLAN_ITEMS: VaultItems = {
  vault: planVault,
  lockout: planLockout,
  lockMode: planLockMode,
  sessionKey: planSessionKey,
  expireKeyAt: keyExpiryAlarm(browser.alarms),
};

/** Ephemeral mode (public terminals): every part of the plan in memory-only session storage. */
export const EPHEMERAL_PLAN_ITEMS: VaultItems = {
  vault: ephemeralPlanVault,
  lockout: ephemeralPlanLockout,
  lockMode: ephemeralPlanLockMode,
  sessionKey: planSessionKey,
  expireKeyAt: keyExpiryAlarm(browser.alarms),
};

/**
 * The plan screen's actions: the vault, and a draft saver that stores each change shortly
 * after typing and at once on `flush()` (the popup calls it when it is hidden or closes).
 */
export function createPlanActions(
  { items = PLAN_ITEMS, print = () => void printPlanView(), delayMs = 300, ...options }: PlanVaultOptions & { items?: VaultItems; print?: () => void; delayMs?: number } = {},
): PlanActions & { flush(): Promise<void>; handoff(): PlanHandoff | null } {
  const vault = createPlanVault(items, options);
  const listeners = new Set<(state: SaveState, full: boolean) => void>();
  const saver = createDraftSaver<PlanData>({
    delayMs,
    save: (plan) => vault.save(plan),
    onState: (state, error) => listeners.forEach((l) => l(state, error instanceof SaveFailedError && error.full)),
  });
  return {
    open: () => vault.open(),
    create: (pass, mode) => vault.create(pass, mode),
    unlock: (pass) => vault.unlock(pass),
    keepsOnExit: () => keepPlanOnExit.getValue(),
    change: (plan) => saver.change(plan),
    onSaveState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLockMode: (mode) => vault.setLockMode(mode),
    async lock() {
      await saver.flush();
      await vault.lock();
    },
    async remove() {
      await saver.flush().catch(() => undefined);
      await vault.remove();
    },
    print,
    flush: () => saver.flush(),
    /** For `pagehide`: the last unsaved change as a message for the background, or null. */
    handoff() {
      const plan = saver.unsaved();
      return plan ? vault.handoff(plan) : null;
    },
  };
}
