import { describe, expect, it } from 'vitest';
import { openPlan, startPlan, typeInto } from './support/plan';
import { PopupPage } from './support/popup-page';
import type { BrowserSession } from './support/session';

const PASSPHRASE = 'tulp fiets regen lamp';

/** What the fields are, as the real browser sees them (computed style, spellcheck as the browser reads it). */
async function fieldFacts(popup: PopupPage, selector: string) {
  return popup.page.$$eval(selector, (fields) =>
    fields.map((f) => ({
      type: f.getAttribute('type'),
      autocomplete: f.getAttribute('autocomplete'),
      spellcheck: (f as HTMLInputElement).spellcheck,
      masked: getComputedStyle(f).getPropertyValue('-webkit-text-security'),
    })),
  );
}

/**
 * Issue 26: the passphrase is never a password field (what password managers offer to save),
 * its characters show as dots, and the browser's spell checker reads none of the plan.
 */
export function describeSecretFields(name: string, launch: () => Promise<BrowserSession>, afterUnlock?: (session: BrowserSession) => Promise<void>) {
  describe(`${name}: passphrase and plan fields`, () => {
    it('the passphrase shows as dots in fields no password manager takes for a password; the plan is not spell-checked', async () => {
      const session = await launch();
      try {
        let popup = new PopupPage(await session.openPopup());
        await openPlan(popup);
        await popup.page.waitForSelector('[data-testid="plan-new-passphrase"]');
        expect(await fieldFacts(popup, '[data-testid="plan-setup"] input[class~="plan-secret"]')).toEqual([
          { type: 'text', autocomplete: 'off', spellcheck: false, masked: 'disc' },
          { type: 'text', autocomplete: 'off', spellcheck: false, masked: 'disc' },
        ]);
        expect(await popup.page.$$('input[type="password"]')).toHaveLength(0);
        await startPlan(popup.page, PASSPHRASE);
        await typeInto(popup.page, '[data-field="warningSigns"]', 'Hij wordt stil');
        const planFields = await fieldFacts(popup, '[data-field]');
        expect(planFields.length).toBeGreaterThan(3);
        for (const f of planFields) expect(f).toMatchObject({ spellcheck: false, autocomplete: 'off' });
        await session.closePopup(popup.page);
        // the next opening: unlock
        popup = new PopupPage(await session.openPopup());
        await openPlan(popup);
        await popup.page.waitForSelector('[data-testid="plan-passphrase"]');
        expect(await fieldFacts(popup, '[data-testid="plan-passphrase"]')).toEqual([{ type: 'text', autocomplete: 'off', spellcheck: false, masked: 'disc' }]);
        await typeInto(popup.page, '[data-testid="plan-passphrase"]', PASSPHRASE);
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        await afterUnlock?.(session);
      } finally {
        await session.close();
      }
    }, 120_000);
  });
}
