import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { effectiveServices } from '../../lib/directory/effective';
import { SERVICES } from '../../lib/directory/services';
import { FLAVOUR } from '../../lib/flavour';
import { LANGUAGES, offeredLanguages, startLanguage } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { coverFor, policyCoverActions } from '../../lib/policy/cover';
import { readPolicy } from '../../lib/policy/read';
import { createCoverActions, createPopupActions } from '../../lib/popup/actions';
import { createPlanLoader } from '../../lib/popup/plan-loader';
import { languagePreference } from '../../lib/storage-items';
import { openHandoffChannel } from '../../lib/vault/handoff-channel';

async function start() {
  performance.mark('popup-start');
  const [stored, { policy, report }] = await Promise.all([
    languagePreference.getValue(),
    readPolicy(browser.storage, new Set(SERVICES.map((s) => s.id))),
  ]);
  performance.mark('popup-settings-read');
  const languages = offeredLanguages(LANGUAGES, policy.offeredLanguages);
  const i18n = await createI18n(startLanguage(stored, policy.defaultLanguage, languages));
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
    flavour: FLAVOUR,
    browser: navigator.userAgent.match(/(Firefox|Chrome|Edg)\/[\d.]+/)?.[0] ?? navigator.userAgent,
    report,
    policy,
  };
  // The calculator in front: the disguised flavour's default, or set by an administrator.
  const coverChoice = coverFor(policy, FLAVOUR);
  const cover = coverChoice.kind === 'policy' ? policyCoverActions(coverChoice.code) : coverChoice.kind === 'visitor' ? await createCoverActions() : null;
  render(
    <Popup
      cover={cover}
      i18n={i18n}
      languages={languages}
      services={effectiveServices(SERVICES, policy)}
      actions={createPopupActions(i18n, undefined, plan.load)}
      installation={installation}
      terminal={policy.ephemeral ? { idleWipeMinutes: policy.idleWipeMinutes } : null}
    />,
    document.getElementById('app')!,
  );
  performance.mark('popup-rendered');
}

void start();
