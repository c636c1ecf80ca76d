import { useEffect, useState } from 'preact/hooks';
import type { PrivateAccessActions } from '../lib/screen-actions';
import { useTranslation } from './i18n';
import { PrivateWindowsSteps } from './PrivateWindowsSteps';

/**
 * When she comes back from the browser's settings (the popup closed while she was there, and
 * Chromium reloaded the extension): what the browser now says about private windows.
 */
export function PrivateAccessReturn({ actions }: { actions: PrivateAccessActions }) {
  const { t } = useTranslation();
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void Promise.resolve().then(actions.takePrivateAccessReturn).then((found) => setAllowed(found ?? null), () => setAllowed(null));
  }, [actions]);
  if (allowed === null) return null;
  return (
    <section class="private-return" data-testid="private-return" data-allowed={String(allowed)} aria-labelledby="private-return-title">
      <h2 id="private-return-title" role="status">
        {t(allowed ? 'website:returnOn' : 'website:returnOff')}
      </h2>
      {allowed ? <p>{t('website:returnOnMore')}</p> : <PrivateWindowsSteps actions={actions} />}
      <button type="button" class="secondary" onClick={() => setAllowed(null)}>
        {t('website:returnClose')}
      </button>
    </section>
  );
}
