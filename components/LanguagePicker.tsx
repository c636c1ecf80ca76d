import type { Language } from '../lib/i18n/languages';
import { useTranslation } from './i18n';

interface Props {
  languages: readonly Language[];
  onChoose: (code: string) => void;
}

/** Each language is listed by its own name, so a person who reads no Dutch can find hers. */
export function LanguagePicker({ languages, onChoose }: Props) {
  const { t, language } = useTranslation();
  return (
    <label class="language-picker">
      <span class="visually-hidden">{t('language')}</span>
      <select
        value={language}
        data-testid="language-picker"
        onChange={(event) => onChoose((event.currentTarget as HTMLSelectElement).value)}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
