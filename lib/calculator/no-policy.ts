import type { Terminal } from '../background/terminal';
import { FLAVOUR } from '../flavour';
import { DEFAULT_POLICY, type Policy, type PolicyResult } from '../policy/types';

/**
 * The disguised flavour reads no managed policy. Chromium reads managed storage only through
 * a schema in the package, and a schema (like the parser's messages) names a safe page, help
 * services and public terminals to anyone who opens the extension's files. Institutions use
 * the open flavour, where a policy can still put the calculator in front (`cover: "on"`).
 * Callers choose with `FLAVOUR === 'disguised'` inline, so the build drops the parser.
 */
export const NO_POLICY: PolicyResult = { policy: DEFAULT_POLICY, report: [] };

/**
 * The terminal wipe of the disguised flavour: never a public terminal, so nothing to do. Its
 * policy holds only `ephemeral`: the whole default policy would spell out every policy name in
 * the background bundle.
 */
const NO_TERMINAL = { ephemeral: false } as Policy;
export const DISGUISED_TERMINAL: Terminal = {
  policy: async () => NO_TERMINAL,
  known: () => NO_TERMINAL,
  onIdleState: async () => undefined,
  onNewVisit: async () => undefined,
  onPolicyChanged: async () => undefined,
  onWorkerStart: async () => undefined,
};

/** The policy's safe page; the disguised build has none, so its bundle names no safe page either. */
export function policySafePage(policy: Pick<Policy, 'safePage'>): string | null {
  return FLAVOUR === 'disguised' ? null : policy.safePage;
}
