// Store screenshots from the real Chromium toolbar popup of each built flavour, in Dutch and
// English: the popup is captured first, then placed on a 1280×800 canvas (the Chrome Web Store
// size; AMO and Edge accept it too) with a caption. Run after the build:
//   npx tsx scripts/store-screenshots.ts [output folder, default .output/release/screenshots]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../tests/e2e/support/chromium';
import type { Flavour } from '../tests/e2e/support/paths';
import { PopupPage } from '../tests/e2e/support/popup-page';

const OUT = process.argv[2] ?? '.output/release/screenshots';
const CANVAS = { width: 1280, height: 800 };
/** The code the disguised flavour's screenshots set; the reviewer notes use the same one. */
const TEST_CODE = '2580';

type Lang = 'nl' | 'en';
const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };
const CAPTIONS: Record<string, Record<Lang, string>> = {
  help: { nl: 'Hulp bij geweld in huis: 112 bovenaan en gecontroleerde hulplijnen', en: 'Help with domestic violence: 112 at the top and verified helplines' },
  'first-run': { nl: 'Bij de eerste keer: wat de vermomming doet en niet verbergt, en je eigen code', en: 'The first time: what the disguise does and does not hide, and your own code' },
  topics: { nl: 'Korte, duidelijke pagina\'s over geweld en je rechten, met bronnen', en: 'Short, plain pages about violence and your rights, with sources' },
  plan: { nl: 'Een veiligheidsplan, versleuteld met een wachtwoord dat alleen jij kent', en: 'A safety plan, encrypted with a password only you know' },
  about: { nl: 'Versie, wijzigingen en de instellingen van je organisatie', en: 'Version, changes and your organisation\'s settings' },
  calculator: { nl: 'Een werkende rekenmachine; achter je eigen code staat de hulp', en: 'A working calculator; your own code opens the help behind it' },
  safety: { nl: 'Een veiligheidscheck: wat iemand op deze computer kan vinden, en wat je eraan doet', en: 'A safety check: what someone could find on this computer, and what to do about it' },
};

/** The screens of the open flavour's listing, by the label of their tab in the popup. */
const SCREEN_BUTTONS: Record<Lang, Record<string, string>> = {
  nl: { topics: 'Onderwerpen', plan: 'Mijn plan', about: 'Over', safety: 'Check' },
  en: { topics: 'Topics', plan: 'My plan', about: 'About', safety: 'Check' },
};

async function popupImage(page: Page): Promise<Buffer> {
  await new Promise((done) => setTimeout(done, 300)); // let fonts and layout settle
  return Buffer.from(await page.screenshot({ type: 'png' }));
}

/** Dutch is the default; another language is chosen where the screen offers the picker. */
async function tryLanguage(popup: PopupPage, lang: Lang): Promise<boolean> {
  if (lang === 'nl') return true;
  if (!(await popup.page.$('[data-testid="language-picker"]'))) return false;
  const value = await popup.page.$$eval(
    '[data-testid="language-picker"] option',
    (options, name) => options.find((o) => o.textContent === name)?.getAttribute('value'),
    LANGUAGE_NAMES[lang],
  );
  if (!value) throw new Error(`${LANGUAGE_NAMES[lang]} is not offered`);
  await popup.page.select('[data-testid="language-picker"]', value);
  // The first-run screen marks its own box with the language, the help screen the whole page.
  await popup.page.waitForFunction((v) => document.documentElement.lang === v || document.querySelector(`.popup[lang="${v}"]`), {}, value);
  return true;
}

/** The popup image centred on the store's canvas, with the caption above it. */
async function compose(canvasPage: Page, image: Buffer, caption: string, lang: Lang, file: string): Promise<void> {
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
    html,body{margin:0;width:${CANVAS.width}px;height:${CANVAS.height}px;overflow:hidden}
    body{background:#eef1f5;font:600 34px/1.3 system-ui,sans-serif;color:#1d2733;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px}
    p{margin:0;max-width:1100px;text-align:center}
    img{max-height:640px;max-width:1200px;border-radius:10px;box-shadow:0 6px 30px rgba(0,0,0,.25)}
  </style><p></p><img alt=""></html>`;
  await canvasPage.setContent(html);
  await canvasPage.evaluate(
    (text, src) => {
      document.querySelector('p')!.textContent = text;
      return new Promise<void>((done) => {
        const img = document.querySelector('img')!;
        img.onload = () => done();
        img.src = src;
      });
    },
    caption,
    `data:image/png;base64,${image.toString('base64')}`,
  );
  await canvasPage.screenshot({ path: file, type: 'png', clip: { x: 0, y: 0, ...CANVAS } });
}

async function shootFlavour(flavour: Flavour, lang: Lang): Promise<string[]> {
  console.error(`== ${flavour} ${lang}`);
  const session = await launchChromium({ flavour });
  const shots: Array<{ name: string; image: Buffer }> = [];
  try {
    let page = await session.openPopup();
    let popup = new PopupPage(page);
    if (flavour === 'disguised') {
      await page.waitForSelector('[data-testid="first-run"]');
      const chosenEarly = await tryLanguage(popup, lang);
      if (chosenEarly || lang === 'nl') shots.push({ name: 'first-run', image: await popupImage(page) });
      await page.type('#cover-code', TEST_CODE);
      await page.type('#cover-code-again', TEST_CODE);
      await page.click('.first-run__form button[type="submit"]');
      await page.waitForSelector('[data-testid="emergency-call"], [data-testid="calculator"]');
      // Some versions go straight to the help, others back to the calculator: then type the code and "=".
      if (!(await page.$('[data-testid="emergency-call"]'))) {
        for (const key of `${TEST_CODE}=`) await page.click(`[data-key="${key}"]`);
      }
      await page.waitForSelector('[data-testid="emergency-call"]');
    }
    await tryLanguage(popup, lang);
    shots.push({ name: 'help', image: await popupImage(page) });
    if (flavour === 'open') {
      for (const [name, label] of Object.entries(SCREEN_BUTTONS[lang])) {
        try {
          await popup.click(label);
        } catch {
          console.error(`   no "${label}" button: ${name} screenshot skipped`);
          continue;
        }
        if (name === 'about') await page.click('.about__changes summary').catch(() => undefined);
        // The safety check reads the browser first; its lines start below the intro.
        if (name === 'safety') await page.waitForSelector('[data-testid="safety-extensions"]');
        shots.push({ name, image: await popupImage(page) });
      }
    }
    if (flavour === 'disguised') {
      await session.closePopup(page);
      page = await session.openPopup();
      popup = new PopupPage(page);
      await page.waitForSelector('[data-testid="calculator"]');
      shots.unshift({ name: 'calculator', image: await popupImage(page) });
    }
    await session.closePopup(page);
    const canvas = await page.browser().newPage();
    await canvas.setViewport(CANVAS);
    const dir = join(OUT, flavour);
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const [index, shot] of shots.entries()) {
      const file = join(dir, `${lang}-${index + 1}-${shot.name}.png`);
      await compose(canvas, shot.image, CAPTIONS[shot.name]![lang], lang, file);
      files.push(file);
    }
    await canvas.close();
    return files;
  } finally {
    await session.close();
  }
}

const files: string[] = [];
for (const flavour of (process.env.SHOT_FLAVOURS?.split(" ") ?? ["open", "disguised"]) as Flavour[]) {
  for (const lang of ['nl', 'en'] as const) files.push(...(await shootFlavour(flavour, lang)));
}
console.log(files.join('\n'));
