import type { PlanData } from '../../lib/plan/data';
import type { SaveState } from '../../lib/plan/draft';
import type { LockMode, UnlockResult, VaultStatus } from '../../lib/vault/plan-vault';

export type { LockMode, PlanData, SaveState, UnlockResult, VaultStatus };

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
}
