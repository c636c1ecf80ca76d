import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { emptyPlan, serialisePlan } from '../../lib/plan/data';
import { localDateTime, type LogEntry } from '../../lib/plan/log';
import { deriveKey, encryptText, parseEnvelope, specOf } from '../../lib/vault/crypto';
import { PLAN_VAULT_LOCAL_KEY } from '../../lib/vault/handoff';
import { median, percentile, round, type Figure } from './stats';

const PASS = 'bench pass phrase';
export const LOG_ENTRIES = 500;

/** Ten years of weekly entries would be 520; each about 600 characters of text. */
function weeklyEntries(n = LOG_ENTRIES): LogEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    at: localDateTime(new Date(2020, 0, 1 + i * 7, 21, 30)),
    what: `Week ${i}: ${'Hij schreeuwde en gooide met spullen. '.repeat(10)}`,
    injuries: 'Blauwe plek op de arm.',
    witnesses: 'Buurvrouw',
    evidence: 'Foto bij mijn zus',
    police: i % 5 === 0,
    doctor: i % 7 === 0,
  }));
}

async function press(page: Page, selector: string) {
  await page.waitForSelector(selector);
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

async function lastMeasure(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length >= 1, {}, name);
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}

/**
 * The incident log with 500 entries in the real Chromium popup: unlock (key derivation and
 * decrypting the whole plan), showing the list, and saving one changed entry (encrypting the
 * whole plan again and writing it).
 */
export async function logTimes(runs = 11): Promise<Figure[]> {
  const session = await launchChromium();
  const unlock: number[] = [];
  const show: number[] = [];
  const save: number[] = [];
  const typing: number[] = [];
  let size = 0;
  try {
    const first = await session.openPopup();
    await press(first, 'button[data-screen="plan"]');
    await first.waitForSelector('[data-testid="plan-new-passphrase"]');
    await first.type('[data-testid="plan-new-passphrase"]', PASS);
    await first.type('[data-testid="plan-confirm-passphrase"]', PASS);
    await first.keyboard.press('Enter');
    await first.waitForSelector('[data-part="log"]');
    await first.close();
    // the plan as the popup made it, then 500 entries encrypted with the same passphrase and salt
    const stored = await session.inBackground<Record<string, unknown>>(`chrome.storage.local.get(${JSON.stringify(PLAN_VAULT_LOCAL_KEY)})`);
    const spec = specOf(parseEnvelope(stored[PLAN_VAULT_LOCAL_KEY]));
    const plaintext = serialisePlan({ ...emptyPlan(), log: weeklyEntries() });
    size = plaintext.length;
    const envelope = await encryptText(await deriveKey(PASS, spec), spec, plaintext);
    await session.inBackground(`chrome.storage.local.set({ ${JSON.stringify(PLAN_VAULT_LOCAL_KEY)}: ${JSON.stringify(envelope)} })`);
    for (let i = -1; i < runs; i++) {
      const page = await session.openPopup();
      await press(page, 'button[data-screen="plan"]');
      await page.waitForSelector('[data-testid="plan-passphrase"]');
      await page.type('[data-testid="plan-passphrase"]', PASS);
      await page.keyboard.press('Enter');
      const u = await lastMeasure(page, 'vault-unlock');
      await page.waitForSelector('[data-part="log"]');
      const t0 = Date.now();
      await press(page, '[data-part="log"]');
      await page.waitForSelector(`[data-testid="log-list"] > li:nth-child(${LOG_ENTRIES})`);
      const s = Date.now() - t0;
      await press(page, '[data-testid="log-list"] > li:last-child button.log-summary');
      await page.focus('[data-testid="log-entry-form"] [data-log-field="what"]');
      await page.keyboard.type('y');
      await page.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
      const w = await lastMeasure(page, 'vault-save');
      // 20 keystrokes in that entry, until the last one shows in the printable timeline
      const t1 = Date.now();
      await page.keyboard.type('abcdefghijklmnopqrst');
      await page.waitForFunction(() => document.querySelector('.plan-print')?.textContent?.includes('abcdefghijklmnopqrst'));
      const k = (Date.now() - t1) / 20;
      if (i >= 0) {
        unlock.push(u);
        show.push(s);
        save.push(w);
        typing.push(k);
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
  const note = (v: number[]) => `p90 ${round(percentile(v, 90))} ms; ${LOG_ENTRIES} entries, ${Math.round(size / 1024)} KB of text`;
  return [
    { name: `log: unlock with ${LOG_ENTRIES} entries, median`, value: round(median(unlock)), unit: 'ms', target: '< 1000', runs, note: note(unlock) },
    { name: `log: show the list of ${LOG_ENTRIES} (press to visible, incl. driver round trip), median`, value: round(median(show)), unit: 'ms', target: '< 300', runs, note: note(show) },
    { name: `log: save one changed entry among ${LOG_ENTRIES}, median`, value: round(median(save)), unit: 'ms', target: '< 200', runs, note: note(save) },
    { name: `log: one keystroke in an entry among ${LOG_ENTRIES} (20 typed, until shown), median`, value: round(median(typing)), unit: 'ms', target: '< 50', runs, note: note(typing) },
  ];
}
