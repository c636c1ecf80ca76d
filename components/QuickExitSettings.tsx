import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from './i18n';

export interface QuickExitSettingsActions {
  browserKind: 'chromium' | 'firefox';
  quickExitShortcut: () => Promise<string>;
  getSafePage: () => Promise<string | null>;
  setSafePage: (input: string) => Promise<boolean>;
  getRemoveOnExit: () => Promise<boolean>;
  setRemoveOnExit: (on: boolean) => Promise<void>;
  privateWindowsAllowed: () => Promise<boolean>;
  sitePermissionsGranted: () => Promise<boolean>;
  /** Asks for the history and browsing-data permissions; with a site, the background opens it in a tab once they are given. */
  requestSitePermissions: (thenOpen?: string) => Promise<boolean>;
  removeSitePermissions: () => Promise<boolean>;
}

interface State {
  shortcut: string;
  safePage: string;
  removeOnExit: boolean;
  privateAllowed: boolean;
  permissions: boolean;
}

/** The quick-exit settings: the shortcut, the safe page, and what websites may leave behind. */
export function QuickExitSettings({ actions }: { actions: QuickExitSettingsActions }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State | null>(null);
  const [safePageMessage, setSafePageMessage] = useState<'saved' | 'invalid' | null>(null);

  async function load() {
    const [shortcut, safePage, removeOnExit, privateAllowed, permissions] = await Promise.all([
      actions.quickExitShortcut(),
      actions.getSafePage(),
      actions.getRemoveOnExit(),
      actions.privateWindowsAllowed(),
      actions.sitePermissionsGranted(),
    ]);
    setState({ shortcut, safePage: safePage ?? '', removeOnExit, privateAllowed, permissions });
  }
  useEffect(() => void load(), []);
  if (!state) return null;

  async function saveSafePage(event: Event) {
    event.preventDefault();
    setSafePageMessage((await actions.setSafePage(state!.safePage)) ? 'saved' : 'invalid');
  }

  return (
    <section class="settings" aria-labelledby="settings-title" data-testid="quick-exit-settings">
      <h2 id="settings-title">{t('quickexit:settingsTitle')}</h2>

      <h3>{t('quickexit:shortcutTitle')}</h3>
      <p data-testid="shortcut">
        {state.shortcut ? t('quickexit:shortcutIs', { shortcut: state.shortcut }) : t('quickexit:shortcutUnset')}
      </p>
      <p>{t(`quickexit:shortcutChange.${actions.browserKind}`)}</p>

      {/* noValidate: a bare domain ("nos.nl") is fine, normaliseSafePage adds https:// */}
      <form onSubmit={saveSafePage} noValidate>
        <label for="safe-page">{t('quickexit:safePageLabel')}</label>
        <p class="hint" id="safe-page-hint">
          {t('quickexit:safePageHint')}
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
        <button type="submit">{t('quickexit:save')}</button>
        <p role="status">
          {safePageMessage === 'saved' && t('quickexit:safePageSaved')}
          {safePageMessage === 'invalid' && t('quickexit:safePageInvalid')}
        </p>
      </form>

      <h3>{t('quickexit:websitesTitle')}</h3>
      <p>{state.privateAllowed ? t('quickexit:privateAllowed') : t('quickexit:privateNotAllowed')}</p>
      {!state.privateAllowed && <p>{t(`quickexit:allowPrivate.${actions.browserKind}`)}</p>}
      <p>{state.permissions ? t('quickexit:permissionsOn') : t('quickexit:permissionExplain')}</p>
      <button
        type="button"
        onClick={async () => {
          await (state.permissions ? actions.removeSitePermissions() : actions.requestSitePermissions());
          await load();
        }}
      >
        {state.permissions ? t('quickexit:removePermissions') : t('quickexit:allowPermissions')}
      </button>

      <h3>{t('quickexit:removeTitle')}</h3>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={state.removeOnExit}
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            await actions.setRemoveOnExit(on);
            setState({ ...state, removeOnExit: on });
          }}
        />
        <span>{t('quickexit:removeLabel')}</span>
      </label>
      <p class="hint">{t('quickexit:removeHint')}</p>
    </section>
  );
}
