import { useState } from 'preact/hooks';
import { Calculator } from './Calculator';
import { useTranslation } from '../i18n';

interface Props {
  verifyCode: (code: string) => Promise<boolean>;
  onOpened: () => void;
  onChooseAgain: () => void;
}

/** Right after the code is set: she types it once on the calculator, as she will from now on. */
export function Practice({ verifyCode, onOpened, onChooseAgain }: Props) {
  const { t } = useTranslation();
  const [wrong, setWrong] = useState(false);
  return (
    <section class="practice" aria-labelledby="practice-title" data-testid="practice">
      <h2 id="practice-title">{t('cover:practiceTitle')}</h2>
      <p>{t('cover:practiceText')}</p>
      <p class="form-error" role="status">
        {wrong ? t('cover:practiceWrong') : ''}
      </p>
      <Calculator onEquals={(candidate) => void verifyCode(candidate).then((ok) => (ok ? onOpened() : setWrong(true)))} />
      <button type="button" class="practice__again" onClick={onChooseAgain}>
        {t('cover:otherCode')}
      </button>
    </section>
  );
}
