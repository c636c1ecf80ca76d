import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { builtExtension } from './support/paths';
import { examplePolicy, installChromiumPolicy, unpackedExtensionId } from './support/policy';
import { withPopup } from './support/popup-page';

/**
 * The deployment guide's example, as IT would install it, with one value out of range.
 * (A value of the wrong type never reaches the extension: Chromium drops it against the
 * schema and shows the error on chrome://policy.)
 */
function libraryPolicy() {
  const example = examplePolicy('chromium-policy.json') as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
  const settings = { ...example['3rdparty'].extensions.EXTENSION_ID!, defaultLanguage: 'en', idleWipeMinutes: 0 };
  return settings;
}

describe('a library terminal with a managed policy (Chromium)', () => {
  let session: ChromiumSession;
  let removePolicy: () => void;

  beforeAll(async () => {
    removePolicy = installChromiumPolicy(unpackedExtensionId(builtExtension('chrome')), libraryPolicy());
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    removePolicy?.();
  });

  it('has the id the policy was written for', () => {
    expect(session.extensionId).toBe(unpackedExtensionId(builtExtension('chrome')));
  });

  it('opens in the configured language and shows the regional service', async () => {
    await withPopup(session, async (popup) => {
      expect(await popup.text()).toContain('In danger right now?');
      expect(await popup.serviceNames()).toContain('Voorbeeld: Veilig Thuis in uw regio (vervang door uw eigen dienst)');
      expect(await popup.allText()).toContain('Added by the organisation that manages this computer.');
    });
  });

  it('lists the refused value with its reason on the about screen, and applies the rest', async () => {
    await withPopup(session, async (popup) => {
      await popup.click('About');
      await popup.page.waitForSelector('[data-testid="about-installation"]');
      const refused = await popup.page.$$eval('[data-status="refused"]', (li) => li.map((l) => l.textContent ?? ''));
      expect(refused).toEqual([expect.stringMatching(/idleWipeMinutes.*not used.*0.*whole number from 1 to 240/)]);
      const applied = await popup.page.$$eval('[data-status="applied"]', (li) => li.map((l) => l.getAttribute('data-key')));
      expect(applied).toEqual(expect.arrayContaining(['defaultLanguage', 'extraServices', 'ephemeral', 'safePage', 'cover']));
    });
  });
});
