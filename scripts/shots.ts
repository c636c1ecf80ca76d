// Development aid: screenshots of the popup in both browsers and several languages.
// `npx tsx scripts/shots.ts /tmp/prefix [chromium|firefox|both] [nl,en,ar,tr] [click-text...]`
// Chromium: the real toolbar popup. Firefox: the popup page in a tab of the popup's size (415 × 600).
import { LANGUAGES } from '../lib/i18n/languages';
import { launchChromium } from '../tests/e2e/support/chromium';
import { launchFirefox } from '../tests/e2e/support/firefox';
import { PopupPage } from '../tests/e2e/support/popup-page';
import type { BrowserSession } from '../tests/e2e/support/session';

const [prefix = '/tmp/popup', which = 'both', langs = 'nl,en,ar,tr', ...clicks] = process.argv.slice(2);

async function shoot(name: string, start: () => Promise<BrowserSession>) {
  const session = await start();
  try {
    for (const code of langs.split(',')) {
      const page = await session.openPopup();
      try {
        if (name === 'firefox') await page.setViewport({ width: 415, height: 600 });
        const popup = new PopupPage(page);
        const native = LANGUAGES.find((l) => l.code === code)!.nativeName;
        if ((await page.evaluate(() => document.documentElement.lang)) !== code) await popup.chooseLanguage(native);
        // A click is a button's text, or "css:<selector>" (clicked in the page, whatever the language).
        for (const text of clicks) {
          if (text.startsWith('css:')) await page.$eval(text.slice(4), (e) => (e as HTMLElement).click());
          else await popup.click(text);
          await new Promise((r) => setTimeout(r, 300));
        }
        await new Promise((r) => setTimeout(r, 300));
        await page.screenshot({ path: `${prefix}-${name}-${code}.png`, fullPage: false });
        await page.screenshot({ path: `${prefix}-${name}-${code}-full.png`, fullPage: true });
        console.log(`${prefix}-${name}-${code}.png`);
      } finally {
        await session.closePopup(page);
      }
    }
  } finally {
    await session.close();
  }
}

if (which !== 'firefox') await shoot('chromium', () => launchChromium());
if (which !== 'chromium') await shoot('firefox', () => launchFirefox());
