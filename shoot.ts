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

const session = which === 'chromium' ? await launchChromium({ flavour: flavour as 'open' }) : await launchFirefox({ flavour: flavour as 'open' });
try {
  const page = await session.openPopup();
  if (which === 'firefox') await page.setViewport({ width: 400, height: 600 });
  const popup = new PopupPage(page);
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
    await ok(page.click('.topics__recognise').then(() => shot(page, 'recognise', true)));
    await nav('plan');
    await page.waitForSelector('[data-testid="plan-setup"]');
    await shot(page, 'plan-setup', true);
    await ok(page.click('[data-testid="decision-without-plan"] summary').then(() => shot(page, 'plan-decision-open', true)));
    await ok(page.click('[data-testid="decision-without-plan"] summary'));
    await startPlan(page, 'geheim-wachtwoord');
    await shot(page, 'plan-open', true);
    await page.click('[data-part="log"]');
    await shot(page, 'plan-log', true);
    await page.click('[data-part="choices"]');
    await shot(page, 'plan-choices', true);
    await nav('settings');
    await shot(page, 'settings', true);
    await nav('about');
    await ok(page.click('.about__changes summary'));
    await shot(page, 'about', true);
  }
  await session.closePopup(page);
} finally {
  await session.close();
}
