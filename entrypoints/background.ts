import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { planVault } from '../lib/storage-items';
import { isHandoff, storeHandoff } from '../lib/vault/handoff';

export default defineBackground(() => {
  // Event wiring only; the logic lives in lib/.
  // Safety plan: the popup's last unsaved change, handed over as the popup closed.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isHandoff(message)) return storeHandoff(message, (envelope) => planVault.setValue(envelope));
    return undefined;
  });
});
