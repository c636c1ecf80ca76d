import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isHandoff, PLAN_VAULT_LOCAL_KEY, storeHandoff } from '../lib/vault/handoff';

export default defineBackground(() => {
  // Event wiring only; the logic lives in lib/.
  // Safety plan: the popup's last unsaved change, handed over as the popup closed.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isHandoff(message)) return storeHandoff(message, (envelope) => browser.storage.local.set({ [PLAN_VAULT_LOCAL_KEY]: envelope }));
    return undefined;
  });
});
