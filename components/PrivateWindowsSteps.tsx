import { useEffect, useState } from 'preact/hooks';
import { browserWords } from '../lib/privacy/browser-words';
import type { PrivateAccessActions } from '../lib/screen-actions';
import { useTranslation } from './i18n';

interface Props {
  actions: PrivateAccessActions;
  /** Offered once private windows are allowed: open the website she asked for, privately. */
  onOpenPrivate?: () => void;
}

/**
 * The way to the browser's own switch for private windows, in at most three steps with the
 * browser's own words in her language, and a check of the result. Once it is on: one line,
 * and the website in a private window.
 */
export function PrivateWindowsSteps({ actions, onOpenPrivate }: Props) {
  const { t, language } = useTranslation();
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [checked, setChecked] = useState(false);
  // A browser that cannot say is treated as "not yet": she then sees the way there.
  const read = () => Promise.resolve().then(actions.privateWindowsAllowed).catch(() => false);
  useEffect(() => {
    void read().then((on) => {
      setAllowed(on);
      // Seeing the steps is not trying them: the next opening may only say that it worked.
      if (!on) void actions.markPrivateStepsShown?.();
    });
  }, [actions]);
  if (allowed === null) return null;

  async function check() {
    const on = await read();
    setAllowed(on);
    setChecked(true);
    // She asked and heard "not yet": she is at it, so the next opening also says if it still is not.
    if (!on) void actions.markPrivateStepsShown?.(true);
  }

  const words = browserWords(language);
  const chromium = actions.browserKind === 'chromium';
  const canOpenSettings = chromium && actions.openPrivateAccessSettings !== undefined;
  return (
    <div class="private-steps" data-testid="private-steps" data-allowed={String(allowed)}>
      {allowed ? (
        <>
          <p data-testid="private-on">{t('website:privateOn')}</p>
          {onOpenPrivate && (
            <button type="button" data-testid="open-private" onClick={onOpenPrivate}>
              {t('website:openPrivate')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('website:privateSwitchOnce')}</p>
          <ol class="private-steps__list">
            {chromium ? (
              <>
                <li>{t('website:privateSteps.chromium1')}</li>
                <li>{t('website:privateSteps.chromium2', { allow: words.chromiumAllowIncognito })}</li>
              </>
            ) : (
              <>
                <li>{t('website:privateSteps.firefox1', { manage: words.firefoxManage })}</li>
                <li>{t('website:privateSteps.firefox2', { run: words.firefoxRunInPrivate, allow: words.firefoxAllow })}</li>
              </>
            )}
            <li>{t('website:privateSteps.back')}</li>
          </ol>
          {canOpenSettings && (
            <button type="button" data-testid="open-private-settings" onClick={() => void actions.openPrivateAccessSettings?.()}>
              {t('website:openSettings')}
            </button>
          )}
          <button type="button" class="secondary" data-testid="check-private" onClick={() => void check()}>
            {t('website:checkPrivate')}
          </button>
          <p class="hint">{t('website:otherLanguage')}</p>
        </>
      )}
      <p role="status" data-testid="private-check-result">
        {checked ? t(allowed ? 'website:checkOn' : 'website:checkOff') : ''}
      </p>
    </div>
  );
}
