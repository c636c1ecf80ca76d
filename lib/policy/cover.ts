import type { CoverActions } from '../calculator/cover-actions';
import type { Policy } from './types';

/**
 * Whose code the calculator cover asks for. On a public terminal (ephemeral mode) a visitor's
 * own code would outlive the visit, so there the code comes from the policy or there is no cover.
 */
export type CoverChoice = { kind: 'none' } | { kind: 'visitor' } | { kind: 'policy'; code: string };

export function coverFor(policy: Pick<Policy, 'cover' | 'coverCode' | 'ephemeral'>, flavour: string): CoverChoice {
  const on = policy.cover === 'on' || (policy.cover === 'default' && flavour === 'disguised');
  if (!on) return { kind: 'none' };
  if (policy.coverCode !== null) return { kind: 'policy', code: policy.coverCode };
  return policy.ephemeral ? { kind: 'none' } : { kind: 'visitor' };
}

/** True when `candidate` is `code`; compares every character, so timing tells nothing. */
export function sameCode(candidate: string, code: string): boolean {
  let difference = candidate.length ^ code.length;
  for (let i = 0; i < code.length; i++) difference |= code.charCodeAt(i) ^ (candidate.charCodeAt(i) || 0);
  return difference === 0;
}

/** The cover's actions with the administrator's code: it can be typed, never changed here. */
export function policyCoverActions(code: string): CoverActions {
  return { code: 'set', introSeen: true, markIntroSeen: async () => undefined, verifyCode: async (candidate) => sameCode(candidate, code) };
}
