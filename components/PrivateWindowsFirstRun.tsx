import { FLAVOUR } from '../lib/flavour';
import type { PrivateAccessActions } from '../lib/screen-actions';
import { useTranslation } from './i18n';
import { PrivateWindowsSteps } from './PrivateWindowsSteps';

/**
 * The first-run step on private windows: why, the browser's switch (or that it is on), and the
 * honest line on what a store install does on other computers of the same account.
 */
export function PrivateWindowsFirstRun({ actions }: { actions: PrivateAccessActions }) {
  const { t } = useTranslation();
  // Chrome and Edge sync every Web Store install; Firefox syncs only add-ons listed on its store
  // (the open flavour is listed there, the disguised one is not: docs/store/README.md).
  const install = actions.browserKind === 'chromium' ? 'chromium' : FLAVOUR === 'open' ? 'firefoxListed' : 'firefoxUnlisted';
  return (
    <section class="private-first-run" aria-labelledby="private-first-run-title" data-testid="private-first-run">
      <h3 id="private-first-run-title">{t('website:firstRunTitle')}</h3>
      <p>{t('website:privateWhy')}</p>
      <PrivateWindowsSteps actions={actions} />
      <p data-testid="install-sync">{t(`website:install.${install}`)}</p>
    </section>
  );
}
