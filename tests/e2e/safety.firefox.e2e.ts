import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { PopupPage } from './support/popup-page';

/**
 * The safety check in Firefox ESR: what Firefox offers is read (private windows, the key, other
 * add-ons after the optional permission; the test profile grants optional permissions without a
 * prompt), and what it does not offer (which devices share tabs) is said on the screen, with the
 * words of Firefox's own menu.
 */

async function openSafetyCheck(session: FirefoxSession): Promise<Page> {
  const popup = await session.openPopup();
  await new PopupPage(popup).click('Check');
  await popup.waitForSelector('[data-testid="safety-check"] .safety-lines [data-testid="safety-extensions"]');
  return popup;
}

const line = (popup: Page, id: string) =>
  popup.$eval(`[data-testid="safety-${id}"]`, (l) => ({ status: l.getAttribute('data-status'), text: (l as HTMLElement).innerText.replace(/\s+/g, ' ') }));

describe('the safety check in Firefox', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows what Firefox reports, says where to look for sync, and lists other add-ons once allowed', async () => {
    session = await launchFirefox();
    const popup = await openSafetyCheck(session);
    await popup.waitForSelector('[data-testid="safety-private"] [data-testid="private-steps"]');
    expect(await line(popup, 'private')).toMatchObject({ status: 'attention', text: expect.stringContaining("'Uitvoeren in privévensters'") });
    expect(await line(popup, 'key')).toMatchObject({ status: 'ok', text: expect.stringMatching(/Snel weg heeft een sneltoets: \u2066?Ctrl\+Shift\+1\u2069?\./) });
    // Firefox has no sessions.getDevices: the line says so and quotes Firefox's own menu.
    const sync = await line(popup, 'sync');
    expect(sync.status).toBe('unknown');
    expect(sync.text).toContain("'Synchroniseren en gegevens opslaan' met 'Aanmelden'");
    expect(await popup.$('[data-testid="safety-sync-allow"]')).toBeNull();
    expect(await line(popup, 'extensions')).toMatchObject({ status: 'unknown' });
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('[data-testid="safety-extensions-allow"]');
    await expect.poll(() => session!.inBackground<boolean>("browser.permissions.contains({ permissions: ['management'] })")).toBe(true);
    await expect.poll(async () => (await line(popup, 'extensions')).status).toBe('attention');
    expect((await line(popup, 'extensions')).text).toContain('Trace inspector (tests only): kan elke website lezen, kan je geschiedenis lezen');
    expect((await line(popup, 'extensions')).text).toContain("('Meer opties') en kies 'Verwijderen'");
    expect(await axeViolations(popup)).toEqual([]);

    // Given back from the screen itself: the line asks again.
    await popup.click('[data-testid="safety-extensions"] .safety-line__give-back');
    await expect.poll(async () => (await line(popup, 'extensions')).status).toBe('unknown');
    expect(await session.inBackground<boolean>("browser.permissions.contains({ permissions: ['management'] })")).toBe(false);
    await session.closePopup(popup);
    expect((await session.traces()).storage).toEqual({ local: {}, session: {} });
  });

  it('"Run in private windows" allowed: the private line is all right', async () => {
    session = await launchFirefox({ privateBrowsing: true });
    const popup = await openSafetyCheck(session);
    expect(await line(popup, 'private')).toMatchObject({ status: 'ok', text: expect.stringContaining('Hulpwebsites openen in een privévenster.') });
  });

  it('the website dialog says, before a normal tab, where to look in Firefox\'s menu', async () => {
    session = await launchFirefox();
    const popup = await session.openPopup();
    await popup.click('[data-site="veiligthuis.nl"]');
    await popup.waitForSelector('[data-testid="open-site-dialog"] [data-testid="tab-sync-notice"]');
    expect(await popup.$eval('[data-testid="tab-sync-notice"]', (p) => p.textContent)).toBe(
      'Staat bovenaan het Firefox-menu (☰) een naam of e-mailadres? Dan kan een gewoon tabblad ook op andere apparaten te zien zijn.',
    );
  });
});
