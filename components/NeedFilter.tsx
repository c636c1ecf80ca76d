import { NEEDS, type Need } from '../lib/directory/types';
import { useTranslation } from './i18n';
import { Pictogram } from './Pictogram';

export type NeedChoice = Need | 'all';

interface Props {
  selected: NeedChoice;
  onSelect: (need: NeedChoice) => void;
}

export function NeedFilter({ selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset class="need-filter">
      <legend>{t('hub.filterLabel')}</legend>
      <div class="need-filter__options">
        {(['all', ...NEEDS] as const).map((need) => (
          <button
            key={need}
            type="button"
            class="need-filter__option"
            aria-pressed={selected === need}
            data-need={need}
            onClick={() => onSelect(need)}
          >
            <Pictogram name={need} size={20} />
            <span>{t(`needs.${need}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
