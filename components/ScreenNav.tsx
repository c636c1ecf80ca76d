import { useTranslation } from './i18n';
import { Pictogram } from './Pictogram';

export interface ScreenLink<Id extends string> {
  id: Id;
  /** Key in the `ui` namespace (or `ns:key`) for the tab's label. */
  labelKey: string;
  /** Pictogram shown above the label (components/Pictogram). */
  icon?: string;
}

interface Props<Id extends string> {
  screens: ReadonlyArray<ScreenLink<Id>>;
  current: Id;
  onSelect: (id: Id) => void;
}

/** The hub's sections in one row, each with a picture and a word; hidden when there is only one. */
export function ScreenNav<Id extends string>({ screens, current, onSelect }: Props<Id>) {
  const { t } = useTranslation();
  if (screens.length < 2) return null;
  return (
    <nav class="screen-nav" aria-label={t('nav.label')}>
      {screens.map((s) => (
        <button
          key={s.id}
          type="button"
          class="screen-nav__tab"
          aria-current={s.id === current ? 'page' : undefined}
          data-screen={s.id}
          onClick={() => onSelect(s.id)}
        >
          {s.icon && <Pictogram name={s.icon} size={22} />}
          <span class="screen-nav__label">{t(s.labelKey)}</span>
        </button>
      ))}
    </nav>
  );
}
