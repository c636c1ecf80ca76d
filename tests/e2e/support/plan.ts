import { decryptText, deriveKey, parseEnvelope, specOf } from '../../../lib/vault/crypto';
import type { PopupPage } from './popup-page';

/** Opens the plan screen and waits until it knows whether a plan exists (setup, locked or open). */
export async function openPlan(popup: PopupPage): Promise<void> {
  await popup.page.waitForSelector('button[data-screen="plan"]');
  await popup.page.click('button[data-screen="plan"]');
  await popup.page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state');
    return s && s !== 'loading';
  });
}

/** What a stored plan envelope says, decrypted with the passphrase: what someone with it could read. */
export async function decryptStored(envelope: unknown, passphrase: string): Promise<string> {
  const parsed = parseEnvelope(envelope);
  return decryptText(await deriveKey(passphrase, specOf(parsed)), parsed);
}
