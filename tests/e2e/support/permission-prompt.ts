import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ChromiumSession } from './chromium';
import type { Display } from './xvfb';

/**
 * Chromium's permission prompt, answered as a person with a keyboard does: "Allow" is reached
 * with Tab, then Return. On a loaded machine a key can reach the prompt before it is ready and
 * decline it (seen in the crash and redirect tests); then she asks again: `ask` runs once more,
 * at most three times in all.
 */
export async function allowThroughPrompt(display: Display, ask: () => Promise<void>, granted: () => Promise<boolean>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await ask();
    try {
      await expect
        .poll(async () => (await granted()) || (await display.pressKeys('Tab', 'Return').then(() => false)), { timeout: 15_000, interval: 1000 })
        .toBe(true);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      console.info(`permission attempt ${attempt} not granted: asking again`);
      await display.pressKeys('Escape');
    }
  }
}

/**
 * The website permissions, given as a person gives them: the Veilig Thuis card, the dialog's
 * "Give permission and open", then Chromium's prompt with the keyboard. `inDialog` may look at
 * the website dialog before the button is pressed.
 */
export async function allowSitePermissions(session: ChromiumSession, inDialog?: (popup: Page) => Promise<void>): Promise<void> {
  await allowThroughPrompt(
    session.display!,
    async () => {
      const popup = await session.openPopup();
      // (the directory may render a moment after the popup: wait for the card, as she would)
      await (await popup.waitForSelector('[data-site="veiligthuis.nl"]', { visible: true }))!.click();
      await popup.waitForSelector('[data-testid="allow-permissions"]');
      await inDialog?.(popup);
      await popup.click('[data-testid="allow-permissions"]');
      await expect.poll(() => popup.isClosed()).toBe(true);
    },
    () => session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['history', 'browsingData', 'tabs'] })"),
  );
}
