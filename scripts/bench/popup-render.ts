import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { median, percentile, round, type Figure } from './stats';

/** First contentful paint of a page, in ms after its navigation started. */
async function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** When the full hub (all texts, all services) had rendered, in ms after navigation start. */
async function hubRendered(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('popup-rendered').length > 0);
  return page.evaluate(() => performance.getEntriesByName('popup-rendered')[0]!.startTime);
}

/** The real toolbar popup against a blank extension popup, alternating, in one browser. */
export async function popupRender(runs = 25): Promise<Figure[]> {
  const session = await launchChromium();
  const popup: number[] = [];
  const blank: number[] = [];
  const hub: number[] = [];
  try {
    for (let i = -2; i < runs; i++) {
      for (const [open, into] of [
        [session.openPopup, popup],
        [session.openBlankPopup, blank],
      ] as const) {
        const page = await open();
        const ms = await firstPaint(page);
        if (i >= 0) into.push(ms); // the first two rounds warm up
        if (i >= 0 && into === popup) hub.push(await hubRendered(page));
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  return [
    { name: 'popup first render (FCP), median', value: round(median(popup)), unit: 'ms', target: '< 50', runs, note: `p90 ${round(percentile(popup, 90))} ms` },
    { name: 'popup help hub fully rendered, median', value: round(median(hub)), unit: 'ms', runs, note: 'mark after all texts and services are in the DOM' },
    { name: 'blank extension page first render, median', value: round(median(blank)), unit: 'ms', runs },
    { name: 'popup / blank page', value: round(median(popup) / median(blank), 2), unit: '×', target: '≤ 2' },
  ];
}
