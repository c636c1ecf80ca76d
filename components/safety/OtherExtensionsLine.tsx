import type { OtherExtensionsState } from '../../lib/safety/other-extensions';
import { useTranslation } from '../i18n';
import { SafetyLine } from './SafetyLine';
import { GiveBack } from './TabSyncLine';

interface Props {
  state: OtherExtensionsState;
  browserKind: 'chromium' | 'firefox';
  onAllow: () => void;
  onGiveBack: () => void;
}

/** Other extensions that can read every website or the history, by name, and how to remove one (never removed from here). */
export function OtherExtensionsLine({ state, browserKind, onAllow, onGiveBack }: Props) {
  const { t } = useTranslation();
  if (state.kind === 'needs-permission') {
    return (
      <SafetyLine status="unknown" testId="safety-extensions">
        <p>{t('safety:extensions.needsPermission')}</p>
        <p class="hint">{t('safety:extensions.permissionWhy')}</p>
        <p class="hint">{t(`safety:askNote.${browserKind}`)}</p>
        <button type="button" onClick={onAllow} data-testid="safety-extensions-allow">
          {t('safety:extensions.allow')}
        </button>
      </SafetyLine>
    );
  }
  if (state.kind === 'unknown') {
    return (
      <SafetyLine status="unknown" testId="safety-extensions">
        <p>{t('safety:extensions.unknown')}</p>
      </SafetyLine>
    );
  }
  if (!state.extensions.length) {
    return (
      <SafetyLine status="ok" testId="safety-extensions">
        <p>{t('safety:extensions.none')}</p>
        <GiveBack onGiveBack={onGiveBack} />
      </SafetyLine>
    );
  }
  return (
    <SafetyLine status="attention" testId="safety-extensions">
      <p>{t('safety:extensions.found', { count: state.extensions.length })}</p>
      <ul class="safety-line__facts" data-testid="safety-extensions-list">
        {state.extensions.map((e) => (
          <li key={e.id} data-extension-id={e.id}>
            <strong>
              <bdi>{e.name}</bdi>
            </strong>
            : {e.reads.map((r) => t(`safety:extensions.reads.${r}`)).join(', ')}
            {e.byAdministrator && <> {t('safety:extensions.byAdministrator')}</>}
          </li>
        ))}
      </ul>
      <p>{t(`safety:extensions.howToRemove.${browserKind}`)}</p>
      <p>{t('safety:extensions.careful')}</p>
      <GiveBack onGiveBack={onGiveBack} />
    </SafetyLine>
  );
}
