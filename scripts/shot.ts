// Development aid: a screenshot of the real popup. `npx tsx scripts/shot.ts out.png [lang] [click-text...]`
// SHOT_FLAVOUR=disguised for the calculator build; SHOT_KEYS="%%%=" presses calculator keys first.
import { launchChromium } from '../tests/e2e/support/chromium';
import { PopupPage } from '../tests/e2e/support/popup-page';

const [out = '/tmp/popup.png', language, ...clicks] = process.argv.slice(2);
const session = await launchChromium({ flavour: process.env.SHOT_FLAVOUR === 'disguised' ? 'disguised' : 'open' });
try {
  const page = await session.openPopup();
  const popup = new PopupPage(page);
  for (const key of process.env.SHOT_KEYS ?? '') await page.click(`[data-key="${key}"]`);
  if (language) await popup.chooseLanguage(language);
  for (const text of clicks) await popup.click(text);
  await page.screenshot({ path: out, fullPage: process.env.SHOT_FULL === '1' });
} finally {
  await session.close();
}
