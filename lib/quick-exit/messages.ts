/** The manifest command that triggers a quick exit (shortcut). */
export const QUICK_EXIT_COMMAND = 'quick-exit';

import type { OpenMode, OpenResult } from './open-site';

/** Messages from the popup to the background, which outlives the popup. */
export type BackgroundRequest =
  | { type: 'quick-exit' }
  /** Shows what a quick exit shows (the safe page in front), and deletes nothing. */
  | { type: 'practice-quick-exit' }
  | { type: 'open-help-site'; site: string; mode: OpenMode }
  /** Sent as the permission prompt opens: open this site in a tab once permission is given (null: open nothing). */
  | { type: 'open-help-site-when-permitted'; site: string | null };

export type BackgroundReply<R extends BackgroundRequest> = R extends { type: 'open-help-site' } ? OpenResult : void;

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'quick-exit' || v.type === 'practice-quick-exit') return true;
  if (v.type === 'open-help-site-when-permitted') return typeof v.site === 'string' || v.site === null;
  return v.type === 'open-help-site' && typeof v.site === 'string' && (v.mode === 'private' || v.mode === 'tab');
}
