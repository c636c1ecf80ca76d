// Development aid: a screenshot of the real popup. `npx tsx scripts/shot.ts out.png [lang] [click-text...]`
import { launchChromium } from '../tests/e2e/support/chromium';
import { PopupPage } from '../tests/e2e/support/popup-page';

const [out = '/tmp/popup.png', language, ...clicks] = process.argv.slice(2);
const session = await launchChromium();
try {
  const page = await session.openPopup();
  const popup = new PopupPage(page);
  if (language) await popup.chooseLanguage(language);
  for (const text of clicks) await popup.click(text);
  await page.screenshot({ path: out, fullPage: false });
} finally {
  await session.close();
}
