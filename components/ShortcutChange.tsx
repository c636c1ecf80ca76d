import { useState } from 'preact/hooks';
import { browserWords } from '../lib/privacy/browser-words';
import type { QuickExitSettingsActions } from '../lib/screen-actions';
import { useTranslation } from './i18n';

/**
 * How she changes the quick-exit key. Chromium: one button opens its shortcuts page (and one
 * sentence says what to do there). Firefox does not let an extension open about:addons: the
 * way there, in Firefox's own words in her language (lib/privacy/browser-words.ts).
 */
export function ShortcutChange({ actions }: { actions: Pick<QuickExitSettingsActions, 'browserKind' | 'openShortcutsPage'> }) {
  const { t, language } = useTranslation();
  const [failed, setFailed] = useState(false);
  const words = browserWords(language);
  if (actions.browserKind === 'firefox') {
    return <p data-testid="shortcut-change">{t('leave:shortcutChange.firefox', { manage: words.firefoxManage, shortcuts: words.firefoxManageShortcuts })}</p>;
  }
  const open = actions.openShortcutsPage;
  if (!open) return null;
  return (
    <div data-testid="shortcut-change">
      <p>{t('leave:shortcutChange.chromium')}</p>
      <button type="button" class="secondary" data-testid="shortcut-change-open" onClick={async () => setFailed(!(await open()))}>
        {t('leave:shortcutChangeButton')}
      </button>
      {failed && <p role="alert">{t('leave:keyFixFailed.chromium')}</p>}
    </div>
  );
}
