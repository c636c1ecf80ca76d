import { useState } from 'preact/hooks';
import { useTranslation } from './i18n';
import { ltrKey, useQuickExitKey } from './quick-exit-key';
import type { QuickExitKeyActions } from '../lib/screen-actions';
export type { QuickExitKeyActions };


/**
 * When the browser gave Snel weg no key: one plain line, and one button that gets her to a
 * working key (Firefox sets it at once; Chromium opens its shortcuts page, and the line says
 * what to press there). Nothing when a key is set.
 */
export function QuickExitKeyNotice({ actions, always = false }: { actions: QuickExitKeyActions; always?: boolean }) {
  const { t } = useTranslation();
  const { key, reload } = useQuickExitKey(actions.leaveKey);
  const [failed, setFailed] = useState(false);
  const [justSet, setJustSet] = useState(false);
  if (key === undefined) return null;
  if (key) {
    if (!always && !justSet) return null;
    return (
      <p class="key-notice" data-testid="key-notice" role="status">
        {t('leave:shortcutIs', { shortcut: ltrKey(key) })}
      </p>
    );
  }

  async function fix() {
    const result = await actions.fixQuickExitShortcut();
    if (result.status === 'set') {
      setJustSet(true);
      await reload();
    } else setFailed(result.status === 'failed');
  }

  const firefox = actions.browserKind === 'firefox';
  return (
    <div class="key-notice key-notice--unset" data-testid="key-notice">
      <p>
        {t('leave:keyUnset')}{' '}
        {firefox ? t('leave:keyFixFirefox') : t('leave:keyFixChromium', { shortcut: ltrKey(actions.keyToChoose) })}
      </p>
      <button type="button" data-testid="key-fix" onClick={() => void fix()}>
        {firefox ? t('leave:keySetButton') : t('leave:keyOpenPageButton')}
      </button>
      {failed && <p role="alert">{t(`leave:keyFixFailed.${actions.browserKind}`)}</p>}
    </div>
  );
}
