import { expect } from 'vitest';
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
