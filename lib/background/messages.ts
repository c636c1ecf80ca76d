import type { QuickExitBrowser } from '../quick-exit/browser-api';
import { isBackgroundRequest } from '../quick-exit/messages';
import { openHelpSite } from '../quick-exit/open-site';
import { rememberPendingSite } from '../quick-exit/pending-site';
import { practiceLeave } from '../quick-exit/sequence';
import { isOwnWindowMessage } from './own-window';
import { isHandoff, storeHandoffInPolicyArea } from '../vault/handoff';

export interface MessageContext {
  api: QuickExitBrowser;
  ownId: string;
  /** A public terminal keeps nothing of a visit, not even the plan (the policy's ephemeral mode). */
  keepsNothing(): Promise<boolean>;
  /** The administrator's safe page, or null. */
  pageAfterLeaving(): Promise<string | null>;
  exit(): Promise<unknown>;
  openPendingSite(): Promise<unknown>;
  /** The popup opens a window of ours next (the print window: lib/background/own-window.ts). */
  expectOwnWindow(): void;
}

/**
 * `runtime.onMessage`: requests from the extension's own popup. Returns the reply's promise,
 * or undefined for a message that is not ours (another listener may answer it).
 */
export function handleMessage(context: MessageContext, message: unknown, sender: { id?: string }): Promise<unknown> | undefined {
  if (sender.id !== context.ownId) return undefined;
  // Answered at once: the popup opens the print window only after this answer.
  if (isOwnWindowMessage(message)) return Promise.resolve(context.expectOwnWindow());
  // Safety plan: the popup's last unsaved change, handed over as the popup closed.
  if (isHandoff(message)) {
    return storeHandoffInPolicyArea(message, context.api.storage, context.keepsNothing);
  }
  if (!isBackgroundRequest(message)) return undefined;
  if (message.type === 'clear') return context.exit().then(() => undefined);
  if (message.type === 'try-clear') return context.pageAfterLeaving().then((page) => practiceLeave(context.api, page));
  if (message.type === 'open-page-when-permitted') return rememberPendingSite(message.site).then(context.openPendingSite).then(() => undefined);
  return openHelpSite(context.api, message.site, message.mode);
}
