import { useTranslation } from './i18n';

export type OpenProblem = 'private-not-allowed' | 'needs-permissions';

interface Props {
  site: string;
  problem: OpenProblem;
  browserKind: 'chromium' | 'firefox';
  permissionsGranted: boolean;
  onAllowPermissions: () => void;
  onOpenInTab: () => void;
  onClose: () => void;
}

/**
 * Said before anything is opened that quick exit could not remove: what the problem is, how
 * to fix it, and the safer choices (a normal tab that is cleaned, or the phone).
 */
export function OpenSiteDialog({ site, problem, browserKind, permissionsGranted, onAllowPermissions, onOpenInTab, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <section class="open-site-dialog" role="alertdialog" aria-labelledby="open-site-title" aria-describedby="open-site-why" data-testid="open-site-dialog">
      <h2 id="open-site-title">{t('quickexit:openTitle', { site })}</h2>
      <p id="open-site-why">{t('quickexit:privateNotAllowed')}</p>
      <p>{t(`quickexit:allowPrivate.${browserKind}`)}</p>
      <h3>{t('quickexit:tabTitle')}</h3>
      <p>{t('quickexit:tabExplain')}</p>
      {/* Firefox lets the extension forget a closed help tab; Chromium keeps it under "Recently closed". */}
      {permissionsGranted ? (
        <button type="button" onClick={onOpenInTab} data-testid="open-in-tab">
          {t('quickexit:openInTab')}
        </button>
      ) : (
        <>
          <p>{t('quickexit:permissionExplain')}</p>
          <button type="button" onClick={onAllowPermissions} data-testid="allow-permissions">
            {t('quickexit:allowPermissionsAndOpen')}
          </button>
        </>
      )}
      {problem === 'needs-permissions' && !permissionsGranted && <p role="status">{t('quickexit:permissionsMissing')}</p>}
      <p>{t('quickexit:callInstead')}</p>
      <button type="button" onClick={onClose}>
        {t('quickexit:back')}
      </button>
    </section>
  );
}
