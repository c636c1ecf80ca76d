import type { Language } from '../lib/i18n/languages';
import { useTranslation } from './i18n';
import { Pictogram } from './Pictogram';

interface Props {
  languages: readonly Language[];
  onChoose: (code: string) => void;
}

/**
 * A globe and the word "language" in every offered language, so a person who reads no Dutch
 * finds it; each language is listed by its own name.
 */
export function LanguagePicker({ languages, onChoose }: Props) {
  const { language } = useTranslation();
  return (
    <label class="language-picker">
      <Pictogram name="globe" size={22} />
      <span class="language-picker__word">
        {languages.map((l) => (
          <span key={l.code} lang={l.code} dir={l.dir}>
            {l.languageWord}
          </span>
        ))}
      </span>
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
