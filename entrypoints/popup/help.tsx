import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import type { CoverActions, CoverStage } from '../../lib/calculator/cover-actions';
import { effectiveServices } from '../../lib/directory/effective';
import { SERVICES } from '../../lib/directory/services';
import { FLAVOUR } from '../../lib/flavour';
import { LANGUAGES, offeredLanguages, startLanguage } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { NO_POLICY } from '../../lib/calculator/no-policy';
import type { PolicyResult } from '../../lib/policy/types';
import { createPopupActions } from '../../lib/popup/actions';
import { createPlanLoader } from '../../lib/popup/plan-loader';
import { CURRENT_RELEASE } from '../../lib/release/changelog';
import { openHandoffChannel } from '../../lib/vault/handoff-channel';

export interface PopupStart {
  /** The administrator's settings as read, or null where none are read (the disguised flavour). */
  managed: PolicyResult | null;
  /** The language she chose earlier, if any. */
  stored: string | null;
  cover: CoverActions | null;
  stage: CoverStage;
}

/**
 * Everything of the popup behind the calculator: the texts, the hub, the plan. Its own chunk,
 * loaded by main.tsx once the cover was passed (or at once when there is no cover).
 */
export async function showRest(root: HTMLElement, { stored, managed, cover, stage }: PopupStart): Promise<void> {
  const { policy, report } = managed ?? NO_POLICY;
  const languages = offeredLanguages(LANGUAGES, policy.offeredLanguages);
  const i18n = await createI18n(startLanguage(stored, policy.defaultLanguage, languages, navigator.languages));
  performance.mark('popup-i18n-ready');
  // The popup closes whenever focus leaves it: store the plan's last keystrokes at once.
  const plan = createPlanLoader({ ephemeral: policy.ephemeral });
  // The page may be gone before an async save ends: hand the last change to the background.
  const handoff = openHandoffChannel(browser.runtime);
  addEventListener('pagehide', () => {
    const message = plan.handoff();
    if (message) handoff.send(message);
  });
  document.addEventListener('visibilitychange', () => void plan.flush());
  const installation = {
    version: browser.runtime.getManifest().version,
    changes: CURRENT_RELEASE.changes,
    flavour: FLAVOUR,
    browser: navigator.userAgent.match(/(Firefox|Chrome|Edg)\/[\d.]+/)?.[0] ?? navigator.userAgent,
    report,
    policy,
  };
  render(
    <Popup
      cover={cover}
      initialStage={stage}
      i18n={i18n}
      languages={languages}
      services={effectiveServices(SERVICES, policy)}
      actions={createPopupActions(i18n, undefined, plan.load)}
      installation={installation}
      terminal={policy.ephemeral ? { idleWipeMinutes: policy.idleWipeMinutes } : null}
    />,
    root,
  );
  performance.mark('popup-rendered');
}
