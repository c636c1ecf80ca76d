import type { ElementHandle, Page } from 'puppeteer-core';

/** The popup, driven as a person would: by what is visible on screen and by keyboard. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** The text a person can read on the screen now (not text scrolled far out of view). */
  text(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  /** All text of the page, also parts below the fold. */
  allText(): Promise<string> {
    return this.page.evaluate(() => document.body.textContent ?? '');
  }

  serviceNames(): Promise<string[]> {
    return this.page.$$eval('.service-card h3', (hs) => hs.map((h) => h.textContent ?? ''));
  }

  callLinks(): Promise<Array<{ text: string; href: string }>> {
    return this.page.$$eval('a[href^="tel:"]', (as) => as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
  }

  async buttonByText(text: string): Promise<ElementHandle<HTMLButtonElement>> {
    return (await steadyElement(this.page, 'button', text)) as ElementHandle<HTMLButtonElement>;
  }

  async click(text: string): Promise<void> {
    await clickSteady(this.page, 'button', text);
  }

  /** Chooses a language by its own name, as it is listed. */
  async chooseLanguage(nativeName: string): Promise<void> {
    const value = await this.page.$$eval(
      '[data-testid="language-picker"] option',
      (options, name) => options.find((o) => o.textContent === name)?.getAttribute('value'),
      nativeName,
    );
    if (!value) throw new Error(`language ${nativeName} is not offered`);
    await this.page.select('[data-testid="language-picker"]', value);
    await this.page.waitForFunction((v) => document.documentElement.lang === v, {}, value);
  }

  languageNames(): Promise<string[]> {
    return this.page.$$eval('[data-testid="language-picker"] option', (os) => os.map((o) => o.textContent ?? ''));
  }

  /** Presses Tab until an element matching `selector` has focus; returns the number of presses. */
  async tabTo(selector: string, limit = 60): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    }
    throw new Error(`${selector} cannot be reached with Tab`);
  }

  /**
   * How far the content sticks out sideways at a browser zoom factor. A popup is at most
   * 800 device pixels wide, so at zoom z the layout has min(400, 800 / z) CSS pixels.
   */
  horizontalOverflow(zoom = 1): Promise<number> {
    return this.page.evaluate((z) => {
      const body = document.body;
      const width = Math.min(body.offsetWidth, 800 / z);
      body.style.width = `${width}px`;
      // Cards off screen use content-visibility: auto; Firefox keeps their old layout (and
      // reports it) until they are shown, so lay everything out for the measurement.
      const unskip = document.head.appendChild(document.createElement('style'));
      unskip.textContent = '* { content-visibility: visible !important; }';
      // Measured from the body's own edges: in right-to-left pages the scrollbar sits left.
      const { left } = body.getBoundingClientRect();
      const boxes = [...body.querySelectorAll('*')].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect());
      const overflow = Math.max(body.scrollWidth - width, ...boxes.map((b) => b.right - left - width), ...boxes.map((b) => left - b.left));
      unskip.remove();
      body.style.removeProperty('width');
      return Math.ceil(overflow);
    }, zoom);
  }
}

/** Opens the popup, hands it to `use`, and closes it again even when `use` fails. */
export async function withPopup<T>(
  session: { openPopup(): Promise<Page>; closePopup(page: Page): Promise<void> },
  use: (popup: PopupPage) => Promise<T>,
): Promise<T> {
  const page = await session.openPopup();
  try {
    return await use(new PopupPage(page));
  } finally {
    await session.closePopup(page);
  }
}

/**
 * Waits for what a person waits for before she clicks: the element (matching `selector`, and
 * with exactly this text when `text` is given) is attached, visible, scrolled into the middle of
 * the view (clear of the sticky header), has not moved for 100 ms, and is the element that
 * a click at its centre lands on. On a busy machine a page still settling (a lazily loaded part,
 * a re-render replacing the element, focus scrolling it) otherwise made puppeteer's click fail
 * with "Node is either not clickable or not an Element".
 */
export async function steadyElement(page: Page, selector: string, text?: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const what = text === undefined ? selector : `${selector} "${text}"`;
  try {
    const handle = await page.waitForFunction(
      (sel: string, txt: string | null) =>
        new Promise<Element | null>((resolve) => {
          const record = globalThis as unknown as { steadyWhy?: string };
          const find = () => [...document.querySelectorAll(sel)].find((e) => txt === null || e.textContent?.trim() === txt);
          const el = find();
          if (!el) return resolve(((record.steadyWhy = 'not in the page'), null));
          if (!el.checkVisibility()) return resolve(((record.steadyWhy = 'not visible'), null));
          el.scrollIntoView({ block: 'center', inline: 'nearest' });
          const a = el.getBoundingClientRect();
          setTimeout(() => {
            const b = el.getBoundingClientRect();
            if (!el.isConnected || find() !== el) return resolve(((record.steadyWhy = 'replaced'), null));
            if (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height) return resolve(((record.steadyWhy = `moving ${JSON.stringify([a.y, b.y, a.height, b.height])}`), null));
            const hit = b.width > 0 && b.height > 0 ? document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) : null;
            if (!hit || (hit !== el && !el.contains(hit))) return resolve(((record.steadyWhy = `covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'} at ${JSON.stringify(b)} in ${innerWidth}x${innerHeight}`), null));
            resolve(el);
          }, 100);
        }),
      { timeout, polling: 50 },
      selector,
      text ?? null,
    );
    return handle as unknown as ElementHandle<Element>;
  } catch (error) {
    const why = await page.evaluate(() => (globalThis as unknown as { steadyWhy?: string }).steadyWhy).catch(() => 'page gone');
    throw new Error(`${what} never became steady within ${timeout} ms (last: ${why}): ${String(error)}`);
  }
}

/** Clicks an element once it is steady (see `steadyElement`); tries again if it was replaced in between. */
export async function clickSteady(page: Page, selector: string, text?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const element = await steadyElement(page, selector, text);
    try {
      await element.click();
      return;
    } catch (error) {
      if (attempt === 3 || !/not clickable|detached|not an Element/i.test(String(error))) throw error;
    }
  }
}
