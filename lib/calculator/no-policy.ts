import type { TerminalPolicy } from '../policy/terminal';
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
 * The background of the disguised build reads only `ephemeral` (the safe page it skips by
 * flavour): the whole default policy would spell out every policy name in its bundle.
 */
export const NO_TERMINAL_POLICY: TerminalPolicy = { current: () => ({ ephemeral: false }) as Policy, newVisit: () => undefined };
