import { isUnreviewedTranslation } from '../../lib/i18n/native-review';
import { useTranslation } from '../i18n';

/** A short line, in the chosen language, while no native speaker has reviewed that translation. */
export function UnreviewedTranslationNote() {
  const { t, language } = useTranslation();
  if (!isUnreviewedTranslation(language)) return null;
  return (
    <p class="translation-note" data-testid="translation-note">
      {t('review:unreviewed')}
    </p>
  );
}
