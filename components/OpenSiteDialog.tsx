import type { ComponentChildren } from 'preact';
import type { PhoneNumber } from '../lib/directory/types';
import { useTranslation } from './i18n';
import { PhoneCall } from './PhoneCall';

export type OpenProblem = 'private-not-allowed' | 'needs-permissions';

interface Props {
  site: string;
  /** The safer choice: the number to call instead, and whose number it is. */
  call?: { phone: PhoneNumber; name: string };
  problem: OpenProblem;
  browserKind: 'chromium' | 'firefox';
  permissionsGranted: boolean;
  /** The browser's question was answered with no (or not at all): nothing was opened. */
  refused: boolean;
  onAllowPermissions: () => void;
  onOpenInTab: () => void;
  onClose: () => void;
  onCopy: (text: string) => Promise<boolean>;
  /** One line before a normal tab is offered: whether this browser shares its open tabs with other devices (components/safety/TabSyncNotice). */
  syncNotice?: ComponentChildren;
}

/**
 * Said before anything is opened that quick exit could not remove: first the safer choice
 * (call), then one sentence, then, for who wants it, how to allow opening without traces.
 */
export function OpenSiteDialog(props: Props) {
  const { site, call, browserKind, permissionsGranted, refused } = props;
  const { t } = useTranslation();
  return (
    <section class="open-site-dialog" role="alertdialog" aria-labelledby="open-site-title" aria-describedby="open-site-why" data-testid="open-site-dialog">
      {refused && (
        <p class="open-site-dialog__refused" role="status" data-testid="nothing-opened">
          {t('website:nothingOpened')}
        </p>
      )}
      <h2 id="open-site-title">{call ? t('website:saferCall', { name: call.name }) : t('website:title')}</h2>
      {call && <PhoneCall phone={call.phone} onCopy={props.onCopy} />}
      <p id="open-site-why">
        {t('website:why')} <bdi dir="ltr">{site}</bdi>
      </p>
      {props.syncNotice}
      {permissionsGranted ? (
        <button type="button" onClick={props.onOpenInTab} data-testid="open-in-tab">
          {t('website:openInTab')}
        </button>
      ) : (
        <>
          <p class="open-site-dialog__before-ask">{t(`website:beforeAsk.${browserKind}`)}</p>
          <button type="button" onClick={props.onAllowPermissions} data-testid="allow-permissions">
            {t('website:allowAndOpen')}
          </button>
        </>
      )}
      <details class="more" data-testid="how-to-allow">
        <summary>{t('website:howTitle')}</summary>
        <p>{t('website:privateIntro')}</p>
        <p>{t(`website:privateHow.${browserKind}`)}</p>
        <p>{t('website:tabIntro')}</p>
        <p>{t('website:permissionWhy')}</p>
      </details>
      <button type="button" class="back-button" onClick={props.onClose}>
        <span class="back-arrow" aria-hidden="true">
          ←
        </span>{' '}
        {t('website:back')}
      </button>
    </section>
  );
}
