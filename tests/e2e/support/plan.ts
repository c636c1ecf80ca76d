import { decryptText, deriveKey, parseEnvelope, specOf } from '../../../lib/vault/crypto';
import type { Page } from 'puppeteer-core';
import { clickSteady, steadyElement, type PopupPage } from './popup-page';

/** Opens the plan screen and waits until it knows whether a plan exists (setup, locked or open). */
export async function openPlan(popup: PopupPage): Promise<void> {
  await clickSteady(popup.page, 'button[data-screen="plan"]');
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

/** Types into a field as a person does: once it is there and steady, focus, then key by key. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await (await steadyElement(page, selector)).focus();
  await page.keyboard.type(text);
}

/** On the plan screen's first-use form: chooses the passphrase and waits for the first step's field. */
export async function startPlan(page: Page, passphrase: string): Promise<void> {
  await page.waitForSelector('[data-testid="plan-new-passphrase"]');
  await typeInto(page, '[data-testid="plan-new-passphrase"]', passphrase);
  await typeInto(page, '[data-testid="plan-confirm-passphrase"]', passphrase);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-field="warningSigns"]');
}

/** On the locked plan: types the passphrase and waits for the first step's field. */
export async function unlockPlan(page: Page, passphrase: string): Promise<void> {
  await page.waitForSelector('[data-testid="plan-passphrase"]');
  await typeInto(page, '[data-testid="plan-passphrase"]', passphrase);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-field="warningSigns"]');
}
