/**
 * The manifest command that triggers a quick exit (shortcut). Its id is stored in the
 * browser's preferences and shown by DevTools, so it is neutral, like the message types below.
 */
export const QUICK_EXIT_COMMAND = 'clear-all';

import type { OpenMode, OpenResult } from './open-site';

/** Messages from the popup to the background, which outlives the popup. */
export type BackgroundRequest =
  | { type: 'clear' }
  /** Shows what a quick exit shows (the safe page in front), and deletes nothing. */
  | { type: 'try-clear' }
  | { type: 'open-page'; site: string; mode: OpenMode }
  /** Sent as the permission prompt opens: open this site in a tab once permission is given (null: open nothing). */
  | { type: 'open-page-when-permitted'; site: string | null };

export type BackgroundReply<R extends BackgroundRequest> = R extends { type: 'open-page' } ? OpenResult : void;

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'clear' || v.type === 'try-clear') return true;
  if (v.type === 'open-page-when-permitted') return typeof v.site === 'string' || v.site === null;
  return v.type === 'open-page' && typeof v.site === 'string' && (v.mode === 'private' || v.mode === 'tab');
}
