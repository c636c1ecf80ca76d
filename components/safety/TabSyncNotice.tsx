import type { TabSyncState } from '../../lib/safety/tab-sync';
import { useTranslation } from '../i18n';

/**
 * The one line the website dialog shows before a normal tab: when this browser shares its open
 * tabs with other devices (Chromium), or where to look (Firefox). Nothing when it is not known.
 */
export function TabSyncNotice({ state }: { state: TabSyncState | null }) {
  const { t } = useTranslation();
  if (state?.kind === 'shares') {
    return (
      <p class="tab-sync-notice" data-testid="tab-sync-notice" data-kind="shares">
        {t('safety:sync.dialogShares', { count: state.devices.length || 1 })}
      </p>
    );
  }
  if (state?.kind === 'look-in-menu') {
    return (
      <p class="tab-sync-notice" data-testid="tab-sync-notice" data-kind="look-in-menu">
        {t('safety:sync.dialogFirefox')}
      </p>
    );
  }
  return null;
}
