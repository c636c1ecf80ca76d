import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { emptyPlan, serialisePlan } from '../../lib/plan/data';
import type { LogEntry } from '../../lib/plan/log';
import { saveLogEntry } from '../../lib/plan/log-edit';
import { deriveKey, encryptText, parseEnvelope, specOf } from '../../lib/vault/crypto';
import { PLAN_VAULT_LOCAL_KEY } from '../../lib/vault/handoff';
import { median, percentile, round, type Figure } from './stats';

const PASS = 'bench pass phrase';
/** The log's limit: 1,000 entries, each with a full 2,000-character text. */
export const LOG_ENTRIES = 1000;
const TEXT = 2000;

/** 1,000 chained entries, about three years of weekly ones, each "what" at the maximum. */
async function fullLog(n = LOG_ENTRIES): Promise<LogEntry[]> {
  let entries: LogEntry[] = [];
  const sentence = 'Hij schreeuwde en gooide met spullen. ';
  for (let i = 0; i < n; i++) {
    const day = new Date(2020, 0, 1 + i * 2);
    const what = `Week ${i}: ${sentence.repeat(Math.ceil(TEXT / sentence.length))}`.slice(0, TEXT);
    const happened = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}T21:30`;
    const content = { happened, what, injuries: 'Blauwe plek op de arm.', witnesses: 'Buurvrouw', evidence: 'Foto bij mijn zus', police: i % 5 === 0, doctor: i % 7 === 0 };
    entries = (await saveLogEntry(entries, null, content, new Date(day.getTime() + 86_400_000))).entries;
  }
  return entries;
}

async function press(page: Page, selector: string) {
  await page.waitForSelector(selector, { visible: true });
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

/** The newest of a performance measure after `after` of them were already there. */
async function measure(page: Page, name: string, after = 0): Promise<number> {
  await page.waitForFunction((n, k) => performance.getEntriesByName(n).length > (k as number), { timeout: 60_000 }, name, after);
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.duration, name);
}
const count = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

/**
 * The incident log at its limit in the real Chromium popup: unlock (key derivation and
 * decrypting the whole plan), showing the list, checking the chain, building the printed
 * timeline, and saving one changed entry (its fingerprint; then encrypting and storing the plan).
 */
export async function logTimes(runs = 5): Promise<Figure[]> {
  const session = await launchChromium();
  const figures: Record<string, number[]> = { unlock: [], list: [], verify: [], print: [], fingerprint: [], store: [] };
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
    // the plan as the popup made it, then the full log encrypted with the same passphrase and salt
    const stored = await session.inBackground<Record<string, unknown>>(`chrome.storage.local.get(${JSON.stringify(PLAN_VAULT_LOCAL_KEY)})`);
    const spec = specOf(parseEnvelope(stored[PLAN_VAULT_LOCAL_KEY]));
    const plaintext = serialisePlan({ ...emptyPlan(), log: await fullLog() });
    size = plaintext.length;
    const envelope = await encryptText(await deriveKey(PASS, spec), spec, plaintext);
    await session.inBackground(`chrome.storage.local.set({ ${JSON.stringify(PLAN_VAULT_LOCAL_KEY)}: ${JSON.stringify(envelope)} })`);
    for (let i = -1; i < runs; i++) {
      const page = await session.openPopup();
      await press(page, 'button[data-screen="plan"]');
      await page.waitForSelector('[data-testid="plan-passphrase"]');
      await page.type('[data-testid="plan-passphrase"]', PASS);
      await page.keyboard.press('Enter');
      const unlock = await measure(page, 'vault-unlock');
      await page.waitForSelector('[data-part="log"]');
      const t0 = Date.now();
      await press(page, '[data-part="log"]');
      await page.waitForSelector(`[data-testid="log-list"] > li:nth-child(${LOG_ENTRIES})`);
      const list = Date.now() - t0;
      await page.waitForSelector('[data-testid="log-chain"][data-state="intact"]', { timeout: 60_000 });
      const verify = await measure(page, 'log-verify');
      // change the newest entry and save it
      await press(page, '[data-testid="log-list"] > li:last-child button.log-summary');
      await press(page, '[data-testid="log-entry-edit"]');
      await page.focus('[data-testid="log-entry-form"] [data-log-field="what"]');
      // the text is at its maximum length: change its last character (to another one each run)
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(String.fromCharCode(98 + i));
      await page.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
      const stores = await count(page, 'vault-save');
      const saves = await count(page, 'log-save');
      await press(page, '[data-testid="log-entry-save"]');
      const fingerprint = await measure(page, 'log-save', saves);
      const store = await measure(page, 'vault-save', stores);
      // last, as printing opens the print window: the timeline is built when she presses print
      await page.waitForSelector('[data-testid="log-entry-form"]', { hidden: true });
      await press(page, '[data-testid="log-print"]');
      const print = await measure(page, 'log-print-view');
      // the print window (about:blank) must go before the next popup can open from the toolbar
      // (it may close itself meanwhile, and the toolbar popup closes when it takes focus)
      for (const target of session.browser.targets()) {
        if (target.type() === 'page' && target.url() === 'about:blank' && target.opener()) await (await target.page())?.close().catch(() => undefined);
      }
      // a normal window in front again, for the toolbar popup to open from
      await (await session.browser.newPage()).bringToFront();
      if (i >= 0) Object.entries({ unlock, list, verify, print, fingerprint, store }).forEach(([k, v]) => figures[k]!.push(v));
      await page.close().catch(() => undefined);
    }
  } finally {
    await session.close();
  }
  const note = (v: number[]) => `p90 ${round(percentile(v, 90))} ms; ${LOG_ENTRIES} entries of ${TEXT} characters, ${Math.round(size / 1024)} KB of plan`;
  const figure = (key: string, name: string, target: string): Figure => ({ name, value: round(median(figures[key]!)), unit: 'ms', target, runs, note: note(figures[key]!) });
  return [
    figure('unlock', `log: unlock with ${LOG_ENTRIES} entries, median`, '< 1000'),
    figure('list', `log: show the list of ${LOG_ENTRIES} (press to visible, incl. driver round trip), median`, '< 1000'),
    figure('verify', `log: verify the chain of ${LOG_ENTRIES} (every digest and fingerprint), median`, '< 1000'),
    figure('print', `log: build the printed timeline of ${LOG_ENTRIES} when print is pressed (pages, rendered), median`, '< 1000'),
    figure('fingerprint', `log: save one changed entry among ${LOG_ENTRIES} (fingerprint, new list), median`, '< 100'),
    figure('store', `log: then encrypt and store the whole plan, median`, '< 1000'),
  ];
}
