import type { TabSyncState } from '../../lib/safety/tab-sync';
import { useTranslation } from '../i18n';
import { SafetyLine } from './SafetyLine';

interface Props {
  state: TabSyncState;
  browserKind: 'chromium' | 'firefox';
  onAllow: () => void;
  onGiveBack: () => void;
}

/** Whether this browser shares its open tabs with other devices (Chromium), or where to look (Firefox). */
export function TabSyncLine({ state, browserKind, onAllow, onGiveBack }: Props) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'shares':
      return (
        <SafetyLine status="attention" testId="safety-sync">
          <p>{t('safety:sync.shares', { count: state.devices.length || 1 })}</p>
          {state.devices.length > 0 && (
            <ul class="safety-line__facts" data-testid="safety-sync-devices">
              {state.devices.map((name) => (
                <li key={name}>
                  <bdi>{name}</bdi>
                </li>
              ))}
            </ul>
          )}
          <p>{t('safety:sync.sharesAction')}</p>
          <GiveBack onGiveBack={onGiveBack} />
        </SafetyLine>
      );
    case 'none-seen':
      return (
        <SafetyLine status="ok" testId="safety-sync">
          <p>{t('safety:sync.noneSeen')}</p>
          <p>{t('safety:sync.privateNeverShared')}</p>
          <GiveBack onGiveBack={onGiveBack} />
        </SafetyLine>
      );
    case 'needs-permission':
      return (
        <SafetyLine status="unknown" testId="safety-sync">
          <p>{t('safety:sync.needsPermission')}</p>
          <p class="hint">{t('safety:sync.permissionWhy')}</p>
          <p class="hint">{t(`safety:askNote.${browserKind}`)}</p>
          <button type="button" onClick={onAllow} data-testid="safety-sync-allow">
            {t('safety:sync.allow')}
          </button>
        </SafetyLine>
      );
    case 'look-in-menu':
      return (
        <SafetyLine status="unknown" testId="safety-sync">
          <p>{t('safety:sync.firefox')}</p>
          <p>{t('safety:sync.firefoxAction')}</p>
          <p>{t('safety:sync.privateNeverShared')}</p>
        </SafetyLine>
      );
    default:
      return (
        <SafetyLine status="unknown" testId="safety-sync">
          <p>{t('safety:sync.unknown')}</p>
          <p>{t('safety:sync.privateNeverShared')}</p>
        </SafetyLine>
      );
  }
}

/** The safety check's permissions can go back at once (quick exit gives them back too). */
export function GiveBack({ onGiveBack }: { onGiveBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" class="safety-line__give-back" onClick={onGiveBack}>
      {t('safety:giveBack')}
    </button>
  );
}
