import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { launchFirefox } from './support/firefox';
import { examplePolicy, installFirefoxPolicy } from './support/policy';
import { withPopup } from './support/popup-page';
import type { BrowserSession } from './support/session';

/** The deployment guide's policies.json example, with one value out of range. */
function libraryPolicy() {
  const example = examplePolicy('firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
  return { ...example.policies['3rdparty'].Extensions[GECKO_IDS.open]!, defaultLanguage: 'en', safePage: 'http://not-secure.example' };
}

describe('a library terminal with policies.json (Firefox)', () => {
  let session: BrowserSession;
  let removePolicy: () => void;

  beforeAll(async () => {
    removePolicy = installFirefoxPolicy(GECKO_IDS.open, libraryPolicy());
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    removePolicy?.();
  });

  it('opens in the configured language with the regional service', async () => {
    await withPopup(session, async (popup) => {
      expect(await popup.text()).toContain('In danger right now?');
      expect(await popup.serviceNames()).toContain('Voorbeeld: Veilig Thuis in uw regio (vervang door uw eigen dienst)');
    });
  });

  it('shows the refused safe page with its reason and applies the rest', async () => {
    await withPopup(session, async (popup) => {
      await popup.click('About');
      await popup.page.waitForSelector('[data-testid="about-installation"]');
      const refused = await popup.page.$$eval('[data-status="refused"]', (li) => li.map((l) => l.textContent ?? ''));
      expect(refused).toEqual([expect.stringMatching(/safePage.*not used.*must start with https:\/\//)]);
      const applied = await popup.page.$$eval('[data-status="applied"]', (li) => li.map((l) => l.getAttribute('data-key')));
      expect(applied).toEqual(expect.arrayContaining(['defaultLanguage', 'extraServices', 'ephemeral', 'idleWipeMinutes']));
    });
  });
});
