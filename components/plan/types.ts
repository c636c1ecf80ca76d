import type { PlanData } from '../../lib/plan/data';
import type { SaveState } from '../../lib/plan/draft';
import type { LockMode, UnlockResult, VaultStatus } from '../../lib/vault/plan-vault';
import type { PlanActions } from '../../lib/screen-actions';
export type { PlanActions };

export type { LockMode, PlanData, SaveState, UnlockResult, VaultStatus };

