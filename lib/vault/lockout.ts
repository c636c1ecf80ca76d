/**
 * A growing wait after repeated wrong passphrases, kept in storage so that closing and
 * reopening the popup does not reset it.
 */
export interface LockoutState {
  failures: number;
  /** ms since the epoch before which no new try is accepted */
  nextAllowedAt: number;
}
export const NO_LOCKOUT: LockoutState = { failures: 0, nextAllowedAt: 0 };

/** Free tries before waiting starts. */
export const FREE_TRIES = 3;
export const MAX_DELAY_MS = 5 * 60_000;

/** Wait after the n-th wrong try: none for the first three, then 2 s, 4 s, 8 s … up to 5 minutes. */
export function delayAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, 2000 * 2 ** (failures - FREE_TRIES));
}

export function recordFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  return { failures, nextAllowedAt: now + delayAfter(failures) };
}

/** ms still to wait (0 when a try is allowed now). */
export function waitLeft(state: LockoutState, now: number): number {
  return Math.max(0, state.nextAllowedAt - now);
}

/** More wrong tries than anyone types; a larger count read back is not ours. */
const MAX_FAILURES = 1_000;

/**
 * The stored state, within bounds: a wait never longer than `MAX_DELAY_MS` from `now` (a clock
 * set back, or a changed value, must not lock her out of her plan for hours), a count in range.
 * What is not a lock-out state at all counts as none: the plan itself is untouched either way.
 */
export function parseLockout(value: unknown, now: number): LockoutState {
  const v = value as Partial<LockoutState> | null;
  if (!v || typeof v.failures !== 'number' || typeof v.nextAllowedAt !== 'number') return NO_LOCKOUT;
  if (!Number.isFinite(v.failures) || !Number.isFinite(v.nextAllowedAt)) return NO_LOCKOUT;
  const failures = Math.min(MAX_FAILURES, Math.max(0, Math.floor(v.failures)));
  return { failures, nextAllowedAt: Math.min(v.nextAllowedAt, now + MAX_DELAY_MS) };
}
