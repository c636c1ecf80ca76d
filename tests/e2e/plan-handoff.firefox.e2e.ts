import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { launchFirefox } from './support/firefox';
import { installFirefoxPolicy } from './support/policy';
import type { BrowserSession } from './support/session';
import { withPopup } from './support/popup-page';
import { decryptStored, openPlan, startPlan } from './support/plan';
import { PLAN_VAULT_LOCAL_KEY } from '../../lib/vault/handoff';

/**
 * The safety plan's last keystrokes, typed just before the popup closes, are stored encrypted
 * in the area the policy asks for: local storage at home, memory-only session storage on a
 * public terminal (ephemeral mode). Firefox's background page is persistent (Manifest V2), so
 * there is no worker to stop here; plan-handoff.chromium.e2e.ts stops Chromium's.
 */
const PASS = 'lente boot 42';
const FIRST_WORDS = 'Zonnebloemveld';
const LAST_WORDS = 'Wolkenkrabber';

for (const mode of ['home computer', 'public terminal'] as const) {
  const ephemeral = mode === 'public terminal';
  describe(`the plan's last keystrokes on a ${mode} (Firefox)`, () => {
    let session: BrowserSession;
    let removePolicy = () => undefined as void;
    beforeAll(async () => {
      if (ephemeral) removePolicy = installFirefoxPolicy(GECKO_IDS.open, { ephemeral: true });
      session = await launchFirefox();
    });
    afterAll(async () => {
      await session?.close();
      removePolicy();
    });

    it(`are stored encrypted in ${ephemeral ? 'session' : 'local'} storage when the popup closes`, { timeout: 60_000 }, async () => {
      await withPopup(session, async (popup) => {
        await openPlan(popup);
        await startPlan(popup.page, PASS);
        await popup.page.type('[data-field="warningSigns"]', FIRST_WORDS);
        await popup.page.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
        await popup.page.type('[data-field="warningSigns"]', ` ${LAST_WORDS}`);
        // closed at once: the 300 ms save has not run
      });
      const stored = async () => {
        const { storage } = await session.traces();
        const [right, wrong] = ephemeral ? [storage.session, storage.local] : [storage.local, storage.session];
        expect(wrong[PLAN_VAULT_LOCAL_KEY]).toBeUndefined();
        return right[PLAN_VAULT_LOCAL_KEY] ? decryptStored(right[PLAN_VAULT_LOCAL_KEY], PASS) : '';
      };
      await expect.poll(stored, { timeout: 10_000 }).toContain(`${FIRST_WORDS} ${LAST_WORDS}`);
      expect(JSON.stringify((await session.traces()).storage)).not.toContain(LAST_WORDS);
    });
  });
}
