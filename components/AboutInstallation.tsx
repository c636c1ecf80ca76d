import { CHECK_SUMMARY } from '../lib/directory/check-summary';
import { describeSetting } from '../lib/policy/describe';
import type { Policy, PolicyReport } from '../lib/policy/types';
import { formatDate } from './format-date';
import { useTranslation } from './i18n';
import { UnreviewedTranslationNote } from './topics/UnreviewedTranslationNote';

export interface InstallationInfo {
  version: string;
  /** What changed in this version (CHANGELOG.md, in English); shown translated where about.json has the lines. */
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
      <ChangeList version={info.version} english={info.changes ?? []} />
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
      <details class="more about__guide" data-testid="deployment-guide">
        <summary>{t('about:guideTitle')}</summary>
        <ol>
          {(t('about:guideSteps', { returnObjects: true }) as string[]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{t('about:guide')}</p>
      </details>
      <p class="about__privacy">{t('about:privacy')}</p>
    </section>
  );
}

/** The key of a version's change lines in about.json ("0.1.0" → "v0_1_0": a dot separates keys). */
export const changeLinesKey = (version: string) => `about:changeLines.v${version.replace(/\./g, '_')}`;

/**
 * What changed in this version, in her language (about.json changeLines, translated from
 * CHANGELOG.md); the English lines, marked as English, only where a translation is missing.
 */
function ChangeList({ version, english }: { version: string; english: readonly string[] }) {
  const { t } = useTranslation();
  const translated = t(changeLinesKey(version), { returnObjects: true, defaultValue: null }) as unknown;
  const lines = Array.isArray(translated) && translated.length > 0 ? (translated as string[]) : null;
  if (!lines && english.length === 0) return null;
  return (
    <details class="more about__changes">
      <summary>{lines ? t('about:changesTitle') : t('about:changes')}</summary>
      {lines ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <ul lang="en" dir="ltr">
          {english.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </details>
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
