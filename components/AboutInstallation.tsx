import { CHECK_SUMMARY } from '../lib/directory/check-summary';
import { describeSetting } from '../lib/policy/describe';
import type { Policy, PolicyReport } from '../lib/policy/types';
import { formatDate } from './format-date';
import { useTranslation } from './i18n';
import { UnreviewedTranslationNote } from './topics/UnreviewedTranslationNote';

export interface InstallationInfo {
  version: string;
  /** What changed in this version (CHANGELOG.md, in English). */
  changes?: readonly string[];
  flavour: string;
  browser: string;
  report: readonly PolicyReport[];
  /** The policy in force (after validation), for the plain sentences. */
  policy?: Policy;
}

/** For library IT and social workers: what this copy is and which managed settings took effect. */
export function AboutInstallation({ info }: { info: InstallationInfo }) {
  const { t, language } = useTranslation();
  const refused = info.report.filter((r) => r.status === 'refused');
  const checks = CHECK_SUMMARY;
  const [from, to] = [formatDate(checks.checkedFrom, language), formatDate(checks.checkedTo, language)];
  return (
    <section class="about" aria-labelledby="about-title" data-testid="about-installation">
      <h2 id="about-title">{t('about:title')}</h2>
      <UnreviewedTranslationNote />
      <dl class="about__facts">
        <dt>{t('about:version')}</dt>
        <dd dir="ltr">{info.version}</dd>
        <dt>{t('about:flavour')}</dt>
        <dd>{t(`about:flavours.${info.flavour}`)}</dd>
        <dt>{t('about:browser')}</dt>
        <dd dir="ltr">{info.browser}</dd>
      </dl>
      <p data-testid="numbers-checked">
        {from === to ? t('directory:checkedOneDay', { date: from }) : t('directory:checkedBetween', { from, to })}{' '}
        {t(checks.someUndated ? 'directory:sourcesAgeUndated' : 'directory:sourcesAge', { oldest: checks.oldestSource, newest: checks.newestSource })}
      </p>
      {info.changes && info.changes.length > 0 && (
        <details class="about__changes">
          <summary>{t('about:changes')}</summary>
          <ul lang="en" dir="ltr">
            {info.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </details>
      )}
      <h3>{t('about:policyTitle')}</h3>
      {info.report.length === 0 ? (
        <p>{t('about:noPolicy')}</p>
      ) : (
        <>
          {refused.length > 0 && (
            <p class="about__warning" role="alert">
              {t('about:refusedCount', { count: refused.length })}
            </p>
          )}
          <ul class="about__policy">
            {info.report.map((entry) => (
              <PolicyEntry key={entry.key} entry={entry} policy={info.policy} />
            ))}
          </ul>
        </>
      )}
      <p data-testid="deployment-guide">{t('about:guide')}</p>
      <p class="about__privacy">{t('about:privacy')}</p>
    </section>
  );
}

function PolicyEntry({ entry, policy }: { entry: PolicyReport; policy?: Policy }) {
  const { t } = useTranslation();
  const sentence = policy ? describeSetting(entry, policy) : null;
  return (
    <li data-status={entry.status} data-key={entry.key}>
      <strong dir="ltr">{entry.key}</strong> <span>{entry.status === 'applied' ? t('about:applied') : t('about:refused')}</span>
      {sentence && <p class="about__sentence">{t(sentence.key, sentence.values)}</p>}
      <div class="about__given" dir="ltr">
        {entry.given}
      </div>
      {entry.reasonCode ? (
        <div class="about__reason">{t(`about:reasons.${entry.reasonCode}`, entry.reasonParams)}</div>
      ) : (
        entry.reason && (
          <div class="about__reason" dir="ltr" lang="en">
            {entry.reason}
          </div>
        )
      )}
    </li>
  );
}
