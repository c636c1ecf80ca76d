import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { DEFAULT_ITERATIONS } from '../../lib/vault/crypto';
import { logTimes } from './log';
import { median, percentile, round, type Figure } from './stats';

const PASS = 'bench pass phrase';

async function openPlan(page: Page) {
  await page.click('button[data-screen="plan"]');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state');
    return s && s !== 'loading';
  });
}

async function lastMeasure(page: Page, name: string, count: number): Promise<number> {
  await page.waitForFunction((n, c) => performance.getEntriesByName(n).length >= c, {}, name, count);
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}

/**
 * Unlock (PBKDF2 key derivation + decrypt) and save (encrypt + storage write) in the real
 * Chromium popup, read from the `vault-unlock` and `vault-save` performance measures.
 */
export async function vaultTimes(runs = 21): Promise<Figure[]> {
  const session = await launchChromium();
  const unlock: number[] = [];
  const save: number[] = [];
  try {
    const first = await session.openPopup();
    await openPlan(first);
    await first.type('[data-testid="plan-new-passphrase"]', PASS);
    await first.type('[data-testid="plan-confirm-passphrase"]', PASS);
    await first.click('button[type="submit"]');
    await first.waitForSelector('[data-field="warningSigns"]');
    await first.type('[data-field="warningSigns"]', 'x'.repeat(50));
    await first.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
    await first.close();
    for (let i = -1; i < runs; i++) {
      const page = await session.openPopup();
      await openPlan(page);
      await page.type('[data-testid="plan-passphrase"]', PASS);
      await page.keyboard.press('Enter');
      const u = await lastMeasure(page, 'vault-unlock', 1);
      await page.waitForSelector('[data-field="warningSigns"]');
      await page.type('[data-field="warningSigns"]', 'y');
      await page.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
      const s = await lastMeasure(page, 'vault-save', 1);
      if (i >= 0) {
        unlock.push(u);
        save.push(s);
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
  const log = await logTimes();
  return [
    { name: `plan unlock (PBKDF2-SHA256 ${DEFAULT_ITERATIONS} it. + AES-GCM), median`, value: round(median(unlock)), unit: 'ms', target: '< 1000', runs, note: `p90 ${round(percentile(unlock, 90))} ms` },
    { name: 'plan save (encrypt + storage.local write), median', value: round(median(save)), unit: 'ms', runs, note: `p90 ${round(percentile(save, 90))} ms` },
    ...log,
  ];
}
