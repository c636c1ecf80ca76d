import { useTranslation } from '../i18n';
import { MoreInfo } from './MoreInfo';
import type { LockMode } from './types';

interface Props {
  value: LockMode;
  onChange: (mode: LockMode) => void;
}

/** When the plan locks again, with the trade-off in one sentence. */
export function LockModeChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset class="plan-lockmode">
      <legend>{t('plan:lockMode.legend')}</legend>
      {(['popup', 'minutes'] as const).map((mode) => (
        <label key={mode} class="plan-lockmode__option">
          <input type="radio" name="plan-lock-mode" value={mode} checked={value === mode} onChange={() => onChange(mode)} />
          {t(`plan:lockMode.${mode}`)}
        </label>
      ))}
      <MoreInfo short={t('plan:lockMode.tradeOff')} testId="lock-mode-more">
        {t('plan:lockMode.more')}
      </MoreInfo>
    </fieldset>
  );
}
