import { useTranslation } from '../i18n';

/** What no extension can look at: said plainly, each with one thing she can do. */
const THINGS = ['recall', 'clipboard', 'photos', 'account', 'network'] as const;

export function CannotSee() {
  const { t } = useTranslation();
  return (
    <section class="safety-cannot-see" aria-labelledby="safety-cannot-see-title" data-testid="safety-cannot-see">
      <h3 id="safety-cannot-see-title">{t('safety:cannotSee.title')}</h3>
      <p>{t('safety:cannotSee.intro')}</p>
      <ul class="safety-lines">
        {THINGS.map((thing) => (
          <li key={thing} class="safety-line safety-line--unseen" data-testid={`safety-unseen-${thing}`}>
            <span class="safety-line__status">
              <span class="safety-line__mark" aria-hidden="true">
                ?
              </span>{' '}
              {t('safety:status.unseen')}
            </span>
            <div class="safety-line__body">
              <p>{t(`safety:cannotSee.${thing}.state`)}</p>
              <p>{t(`safety:cannotSee.${thing}.action`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
