import type { Terminal } from '../background/terminal';
import { FLAVOUR } from '../flavour';
import type { MessageContext } from '../background/messages';
import { DEFAULT_POLICY, type Policy, type PolicyResult } from '../policy/types';

/**
 * The disguised flavour reads no managed policy. Chromium reads managed storage only through
 * a schema in the package, and a schema (like the parser's messages) names a safe page, help
 * services and public terminals to anyone who opens the extension's files. Institutions use
 * the open flavour, where a policy can still put the calculator in front (`cover: "on"`).
 * Callers choose with `FLAVOUR === 'disguised'` inline, so the build drops the parser.
 */
export const NO_POLICY: PolicyResult = { policy: DEFAULT_POLICY, report: [] };

/** What the background's message handlers need to know of the settings (lib/background/messages.ts). */
export type BackgroundSettings = Pick<MessageContext, 'keepsNothing' | 'pageAfterLeaving'>;

/**
 * The disguised flavour: never a public terminal, no safe page. Its names say nothing of a
 * policy, so the background bundle (which drops the terminal at build time) names none either.
 */
export const DISGUISED_SETTINGS: BackgroundSettings = { keepsNothing: async () => false, pageAfterLeaving: async () => null };

/** The open flavour: both read from the administrator's policy, each time they are needed. */
export function terminalSettings(terminal: Pick<Terminal, 'policy'>): BackgroundSettings {
  return {
    keepsNothing: async () => (await terminal.policy()).ephemeral,
    pageAfterLeaving: async () => policySafePage(await terminal.policy()),
  };
}

/** The policy's safe page; the disguised build has none, so its bundle names no safe page either. */
export function policySafePage(policy: Pick<Policy, 'safePage'>): string | null {
  return FLAVOUR === 'disguised' ? null : policy.safePage;
}
