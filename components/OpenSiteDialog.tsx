import type { ComponentChildren } from 'preact';
import type { PhoneNumber } from '../lib/directory/types';
import type { PrivateAccessActions } from '../lib/screen-actions';
import { useTranslation } from './i18n';
import { PhoneCall } from './PhoneCall';
import { PrivateWindowsSteps } from './PrivateWindowsSteps';

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
  /** Private windows: the browser's switch, the way to it, and its check. */
  privateAccess?: PrivateAccessActions;
  onOpenPrivate?: () => void;
  onAllowPermissions: () => void;
  onOpenInTab: () => void;
  onClose: () => void;
  onCopy: (text: string) => Promise<boolean>;
  /** One line before a normal tab is offered: whether this browser shares its open tabs with other devices (components/safety/TabSyncNotice). */
  syncNotice?: ComponentChildren;
}

/**
 * Said before anything is opened that quick exit could not remove: first the safer choice
 * (call), then the way to private windows, and only then, after one sentence on what it
 * leaves, a normal tab.
 */
export function OpenSiteDialog(props: Props) {
  const { site, call, browserKind, permissionsGranted, refused, privateAccess } = props;
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
      {privateAccess && (
        <>
          <h3>{t('website:privateTitle')}</h3>
          <p>{t('website:privateWhy')}</p>
          <PrivateWindowsSteps actions={privateAccess} onOpenPrivate={props.onOpenPrivate} />
        </>
      )}
      <h3>{t('website:tabTitle')}</h3>
      <p data-testid="tab-leaves">{t('website:tabLeaves')}</p>
      {props.syncNotice}
      {permissionsGranted ? (
        <button type="button" class="secondary" onClick={props.onOpenInTab} data-testid="open-in-tab">
          {t('website:openInTab')}
        </button>
      ) : (
        <>
          <p class="open-site-dialog__before-ask">{t(`website:beforeAsk.${browserKind}`)}</p>
          <button type="button" class="secondary" onClick={props.onAllowPermissions} data-testid="allow-permissions">
            {t('website:allowAndOpen')}
          </button>
        </>
      )}
      <details class="more" data-testid="how-to-allow">
        <summary>{t('website:permissionTitle')}</summary>
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
