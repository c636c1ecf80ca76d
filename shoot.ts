// Screenshot walk (not committed): npx tsx shoot.ts <label> [chromium|firefox] [open|disguised] [nl|ar]
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium } from './tests/e2e/support/chromium';
import { launchFirefox } from './tests/e2e/support/firefox';
import { PopupPage } from './tests/e2e/support/popup-page';
import { startPlan } from './tests/e2e/support/plan';

const [label = 'before', which = 'chromium', flavour = 'open', lang = 'nl'] = process.argv.slice(2);
const dir = `/work/shots/screens/${label}`;
mkdirSync(dir, { recursive: true });
const NAMES: Record<string, string> = { nl: 'Nederlands', ar: 'العربية' };
const ok = (p: Promise<unknown>) => p.catch((e) => console.error('  skipped:', String(e).slice(0, 120)));

async function shot(page: Page, name: string, full = false) {
  await new Promise((r) => setTimeout(r, 250));
  if (!full) {
    const file = `${dir}/${which}-${flavour}-${lang}-${name}.png`;
    await page.screenshot({ path: file, type: 'png' });
    console.log(file);
    return;
  }
  const start = await page.evaluate(() => scrollY);
  const { height, view } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, view: innerHeight }));
  for (let i = 0, y = start; i < 5 && y < height; i++, y += view - 90) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((r) => setTimeout(r, 150));
    const file = `${dir}/${which}-${flavour}-${lang}-${name}-${i + 1}.png`;
    await page.screenshot({ path: file, type: 'png' });
    console.log(file);
  }
  await page.evaluate((top) => window.scrollTo(0, top), start);
}

let at: (selector: string, name: string) => Promise<void>;
const session = which === 'chromium' ? await launchChromium({ flavour: flavour as 'open' }) : await launchFirefox({ flavour: flavour as 'open' });
try {
  const page = await session.openPopup();
  if (which === 'firefox') await page.setViewport({ width: 400, height: 600 });
  const popup = new PopupPage(page);
  at = async (selector, name) => {
    await page.$eval(selector, (e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, name);
  };
  const nav = async (screen: string) => { await page.evaluate(() => window.scrollTo(0, 0)); await page.click(`button[data-screen="${screen}"]`); await new Promise((r) => setTimeout(r, 400)); };
  if (flavour === 'disguised') {
    await page.waitForSelector('[data-testid="first-run"]');
    if (lang !== 'nl') await popup.chooseLanguage(NAMES[lang]!).catch(async () => {
      const v = await page.$$eval('[data-testid="language-picker"] option', (os, n) => os.find((o) => o.textContent === n)?.getAttribute('value'), NAMES[lang]!);
      await page.select('[data-testid="language-picker"]', v!);
    });
    await shot(page, 'first-run');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'first-run-all', true);
    await page.type('#cover-code', '0428');
    await page.type('#cover-code-again', '0428');
    await page.click('.first-run__form button[type="submit"]');
    await page.waitForSelector('[data-testid="practice"]');
    await shot(page, 'practice');
    await page.keyboard.type('0428');
    await shot(page, 'practice-typed');
    await page.keyboard.type('=');
    await page.waitForSelector('[data-testid="emergency-call"]');
    await nav('settings');
    await shot(page, 'settings', true);
    await session.closePopup(page);
    const again = await session.openPopup();
    if (which === 'firefox') await again.setViewport({ width: 400, height: 600 });
    await again.waitForSelector('[data-testid="calculator"]');
    await again.evaluate(() => {
      const field = document.createElement('textarea');
      field.value = '0428';
      document.body.append(field);
      field.select();
      document.execCommand('copy');
      field.remove();
    });
    await again.keyboard.down('Control');
    await again.keyboard.press('KeyV');
    await again.keyboard.up('Control');
    await shot(again, 'calculator-pasted');
    await session.closePopup(again);
    await session.close();
    process.exit(0);
  } else {
    if (lang !== 'nl') await popup.chooseLanguage(NAMES[lang]!);
    await shot(page, 'hub');
    await ok(page.$$eval('.need-filter__option', (b) => (b[2] as HTMLElement).click()).then(() => shot(page, 'hub-filtered')));
    await nav('topics');
    await page.waitForSelector('[data-topic]');
    await shot(page, 'topics');
    await page.click('[data-topic="home-violence"]');
    await page.waitForSelector('[data-topic-page]');
    await shot(page, 'topic-page');
    await ok(page.click('[data-testid="topic-back"]').then(() => page.waitForSelector('.topics__recognise')).then(() => page.click('.topics__recognise')).then(() => page.$$eval('[data-signal]', (b) => b.slice(0, 2).forEach((x) => (x as HTMLElement).click()))).then(() => at('[data-signal]', 'recognise')));
    await nav('plan');
    await page.waitForSelector('[data-testid="plan-setup"]');
    await shot(page, 'plan-setup', true);
    await ok(page.click('[data-testid="decision-without-plan"] summary').then(() => shot(page, 'plan-decision-open', true)));
    await ok(page.click('[data-testid="decision-without-plan"] summary'));
    await startPlan(page, 'geheim-wachtwoord');
    await ok(page.click('[data-testid="print-note"] summary').then(() => at('[data-testid="print-note"]', 'plan-print-note')));
    await ok(page.click('[data-testid="lock-mode-more"] summary').then(() => at('.plan-tools .plan-lockmode', 'plan-lock-more')));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('[data-part="log"]');
    await ok(at('[data-testid="log-print"]', 'plan-log-print'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('[data-part="choices"]');
    await page.$$eval('[data-choice]', (b) => b.slice(0, 3).forEach((x) => (x as HTMLElement).click()));
    await page.$$eval('[data-sign]', (b) => b.slice(0, 1).forEach((x) => (x as HTMLElement).click()));
    await ok(at('[data-sign]', 'plan-danger-list'));
    await ok(at('.decision-services', 'plan-decision-services'));
    await nav('settings');
    await shot(page, 'settings', true);
    await nav('about');
    await ok(page.click('.about__changes summary'));
    await ok(page.click('[data-testid="deployment-guide"] summary'));
    await ok(at('.about__changes', 'about-changes'));
    await ok(at('[data-testid="deployment-guide"]', 'about-guide'));
  }
  await session.closePopup(page);
} finally {
  await session.close();
}
