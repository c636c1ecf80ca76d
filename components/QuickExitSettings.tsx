import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from './i18n';
import { ltrKey, useQuickExitKey } from './quick-exit-key';
import { QuickExitKeepChoices } from './QuickExitKeepChoices';
import { QuickExitKeyNotice } from './QuickExitKeyNotice';
import { QuickExitPractice } from './QuickExitPractice';
import type { QuickExitSettingsActions } from '../lib/screen-actions';
import { PrivateWindowsSteps } from './PrivateWindowsSteps';
import { ShortcutChange } from './ShortcutChange';
export type { QuickExitSettingsActions };


interface State {
  safePage: string;
  privateAllowed: boolean;
  permissions: boolean;
  keepPermissions: boolean;
}

/** The quick-exit settings: the key, practice, the safe page, what it deletes, and what websites may leave behind. */
export function QuickExitSettings({ actions, coverOn = false }: { actions: QuickExitSettingsActions; coverOn?: boolean }) {
  const { t } = useTranslation();
  const { key } = useQuickExitKey(actions.leaveKey);
  const [state, setState] = useState<State | null>(null);
  const [safePageMessage, setSafePageMessage] = useState<'saved' | 'invalid' | null>(null);

  async function load() {
    const [safePage, privateAllowed, permissions, keepPermissions] = await Promise.all([
      actions.getSafePage(),
      actions.privateWindowsAllowed(),
      actions.sitePermissionsGranted(),
      actions.getKeepPermissions(),
    ]);
    setState({ safePage: safePage ?? '', privateAllowed, permissions, keepPermissions });
  }
  useEffect(() => void load(), []);
  if (!state) return null;

  async function saveSafePage(event: Event) {
    event.preventDefault();
    setSafePageMessage((await actions.setSafePage(state!.safePage)) ? 'saved' : 'invalid');
  }

  return (
    <section class="settings" aria-labelledby="settings-title" data-testid="quick-exit-settings">
      <h2 id="settings-title">{t('leave:settingsTitle')}</h2>

      <h3>{t('leave:shortcutTitle')}</h3>
      {key ? (
        <>
          <p data-testid="shortcut">{t('leave:shortcutIs', { shortcut: ltrKey(key) })}</p>
          <ShortcutChange actions={actions} />
        </>
      ) : (
        <QuickExitKeyNotice actions={actions} />
      )}

      <h3>{t('leave:practiceTitle')}</h3>
      <QuickExitPractice actions={actions} coverOn={coverOn} />

      {/* noValidate: a bare domain ("nos.nl") is fine, normaliseSafePage adds https:// */}
      <form onSubmit={saveSafePage} noValidate>
        <label for="safe-page">{t('leave:safePageLabel')}</label>
        <p class="hint" id="safe-page-hint">
          {t('leave:safePageHint')}
        </p>
        <input
          id="safe-page"
          type="url"
          inputMode="url"
          dir="ltr"
          maxLength={2000}
          aria-describedby="safe-page-hint"
          aria-invalid={safePageMessage === 'invalid'}
          value={state.safePage}
          onInput={(e) => setState({ ...state, safePage: (e.currentTarget as HTMLInputElement).value })}
        />
        <button type="submit">{t('leave:save')}</button>
        <p role="status">
          {safePageMessage === 'saved' && t('leave:safePageSaved')}
          {safePageMessage === 'invalid' && t('leave:safePageInvalid')}
        </p>
      </form>

      <QuickExitKeepChoices actions={actions} coverOn={coverOn} />

      <h3>{t('leave:websitesTitle')}</h3>
      <p>{state.privateAllowed ? t('leave:privateAllowed') : t('leave:privateNotAllowed')}</p>
      {!state.privateAllowed && <PrivateWindowsSteps actions={actions} />}
      <p>{state.permissions ? t('leave:permissionsOn') : t('leave:permissionExplain')}</p>
      <button
        type="button"
        onClick={async () => {
          await (state.permissions ? actions.removeSitePermissions() : actions.requestSitePermissions());
          await load();
        }}
      >
        {state.permissions ? t('leave:removePermissions') : t('leave:allowPermissions')}
      </button>
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid="keep-permissions"
          checked={state.keepPermissions}
          onChange={async (e) => {
            const keep = (e.currentTarget as HTMLInputElement).checked;
            await actions.setKeepPermissions(keep);
            setState({ ...state, keepPermissions: keep });
          }}
        />
        <span>{t('leave:keepPermissionsLabel')}</span>
      </label>
      <p class="hint">{state.keepPermissions ? t('leave:keepPermissionsHint') : t('leave:returnPermissionsHint')}</p>
    </section>
  );
}
