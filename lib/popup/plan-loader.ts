import type { PlanActions } from '../screen-actions';
import type { PlanHandoff } from '../vault/handoff';
import type { PlanVaultOptions } from '../vault/plan-vault';

type LoadedPlan = PlanActions & { flush(): Promise<void>; handoff(): PlanHandoff | null };

/**
 * The safety plan's code (vault, encryption, draft saving) loads only when the plan is first
 * opened: most visits never open it. Until then there is nothing to save or hand over when the
 * popup closes, so `handoff` and `flush` are no-ops.
 */
export function createPlanLoader({ ephemeral, ...options }: { ephemeral: boolean } & PlanVaultOptions & { delayMs?: number }) {
  let loaded: LoadedPlan | null = null;
  let loading: Promise<LoadedPlan> | null = null;
  return {
    load(): Promise<PlanActions> {
      loading ??= import('./plan-actions').then((m) => {
        // Ephemeral mode (public terminals): the plan lives in memory-only session storage.
        loaded = m.createPlanActions({ ...options, ...(ephemeral ? { items: m.EPHEMERAL_PLAN_ITEMS } : {}) });
        return loaded;
      });
      return loading;
    },
    /** Synchronous, for `pagehide`: the last unsaved change as a message, or null. */
    handoff: (): PlanHandoff | null => loaded?.handoff() ?? null,
    flush: (): Promise<void> => loaded?.flush() ?? Promise.resolve(),
  };
}
