import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../lib/topics/topics';
import trReview from '../../locales/tr/review.json';
import { findTraces } from './support/traces';
import { PopupPage } from './support/popup-page';
import type { BrowserSession } from './support/session';

/** The topics screen as a person uses it; run against each browser. */
export function describeTopics(browserName: string, launch: () => Promise<BrowserSession>) {
  describe(`the topics in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    async function withTopics(use: (popup: PopupPage) => Promise<void>) {
      const page = await session.openPopup();
      try {
        const popup = new PopupPage(page);
        await popup.click('Onderwerpen');
        await page.waitForSelector('.topics button[data-topic]');
        await use(popup);
      } finally {
        await session.closePopup(page);
      }
    }

    const visibleTopicPage = (popup: PopupPage) =>
      popup.page.$eval('[data-topic-page]', (a) => (a as HTMLElement).dataset.topicPage ?? '');

    it('opens every topic from the hub, fits without sideways scrolling (also at 200 % and 400 %), and goes back', async () => {
      await withTopics(async (popup) => {
        const listed = await popup.page.$$eval('.topics button[data-topic]', (bs) => bs.map((b) => (b as HTMLElement).dataset.topic));
        expect(listed).toEqual([...TOPIC_IDS]);
        for (const id of TOPIC_IDS) {
          await popup.page.click(`.topics button[data-topic="${id}"]`);
          await popup.page.waitForSelector(`[data-topic-page="${id}"] h2`);
          expect(await visibleTopicPage(popup)).toBe(id);
          // Open every "read more" part, so that its text is measured too.
          await popup.page.$$eval('[data-topic-page] details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(await popup.page.$$eval('[data-topic-page] .service-card', (cs) => cs.length), id).toBeGreaterThan(0);
          expect(await popup.horizontalOverflow(1), `${id} at 100 %`).toBeLessThanOrEqual(0);
          expect(await popup.horizontalOverflow(2), `${id} at 200 %`).toBeLessThanOrEqual(0);
          expect(await popup.horizontalOverflow(4), `${id} at 400 %`).toBeLessThanOrEqual(0);
          await popup.page.click('[data-testid="topic-back"]');
          await popup.page.waitForSelector('.topics button[data-topic]');
        }
      });
    });

    it('reaches a topic and back by keyboard alone', async () => {
      await withTopics(async (popup) => {
        await popup.tabTo('button[data-topic="sexual-violence"]');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-topic-page="sexual-violence"]');
        // Keyboard users land on the page's heading (moved there after the page is painted).
        await popup.page.waitForFunction(() => document.activeElement?.id === 'topic-title');
        expect(await popup.text()).toContain('Centrum Seksueel Geweld');
        await popup.tabTo('[data-testid="topic-back"]');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('.topics button[data-topic]');
      });
    });

    it('leads ticked signals in "Herken je dit?" to topics and numbers, without scrolling sideways', async () => {
      await withTopics(async (popup) => {
        await popup.click('Herken je dit?');
        await popup.page.waitForSelector('input[data-signal]');
        await popup.page.click('input[data-signal="abroad"]');
        await popup.page.click('input[data-signal="children"]');
        await popup.page.waitForSelector('[data-testid="recognise-topics"]');
        const topics = await popup.page.$$eval('[data-testid="recognise-topics"] button', (bs) => bs.map((b) => (b as HTMLElement).dataset.topic));
        expect(topics).toEqual(['home-violence', 'forced-marriage', 'children']);
        expect(await popup.page.$$eval('.phone-call__number', (els) => els.map((e) => e.textContent))).toContain('0800-0432');
        expect(await popup.horizontalOverflow(2)).toBeLessThanOrEqual(0);
        await popup.page.click('[data-testid="recognise-topics"] button[data-topic="children"]');
        await popup.page.waitForSelector('[data-topic-page="children"]');
        expect(await popup.horizontalOverflow(2)).toBeLessThanOrEqual(0);
      });
    });

    it('leaves no history entry and stores nothing of what was read or ticked', async () => {
      const traces = await session.traces();
      expect(findTraces(traces, { helpHosts: [] })).toEqual([]);
      expect(traces.history).toEqual([]);
      expect(traces.storage.local).toEqual({});
      expect(traces.storage.session).toEqual({});
      expect(session.extensionRequests).toEqual([]);
      expect(session.network.external()).toEqual([]);
    });

    it('says in Turkish, on a topic page and on About, that the translation is not yet native-reviewed; Dutch says nothing', async () => {
      const page = await session.openPopup();
      try {
        const popup = new PopupPage(page);
        const note = () => page.$eval('[data-testid="translation-note"]', (p) => (p as HTMLElement).innerText).catch(() => null);
        await page.click('[data-screen="topics"]');
        await page.waitForSelector('button[data-topic="restraining-order"]');
        await page.click('button[data-topic="restraining-order"]');
        await page.waitForSelector('[data-topic-page="restraining-order"] h2');
        expect(await note()).toBeNull();
        await popup.chooseLanguage('Türkçe');
        await page.waitForSelector('[data-topic-page] [data-testid="translation-note"]');
        expect(await note()).toBe(trReview.unreviewed);
        await page.click('[data-screen="about"]');
        await page.waitForSelector('[data-testid="about-installation"] [data-testid="translation-note"]');
        expect(await note()).toBe(trReview.unreviewed);
        await popup.chooseLanguage('Nederlands');
        await page.waitForFunction(() => !document.querySelector('[data-testid="translation-note"]'));
      } finally {
        await session.closePopup(page);
      }
    });
  });
}
