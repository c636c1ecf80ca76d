import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { languagePreference } from '../../lib/storage-items';

async function start() {
  performance.mark('popup-start');
  const language = await languagePreference.getValue();
  performance.mark('popup-settings-read');
  const i18n = await createI18n(language);
  performance.mark('popup-i18n-ready');
  // The popup closes whenever focus leaves it: store the plan's last keystrokes at once.
  const plan = createPlanActions();
  // The page may be gone before an async save ends: hand the last change to the background.
  addEventListener('pagehide', () => {
    const message = plan.handoff();
    if (message) void browser.runtime.sendMessage(message).catch(() => undefined);
  });
  document.addEventListener('visibilitychange', () => void plan.flush());
  render(
    <App i18n={i18n} languages={LANGUAGES} services={SERVICES} actions={createPopupActions(i18n, undefined, plan)} />,
    document.getElementById('app')!,
  );
  performance.mark('popup-rendered');
}

void start();
