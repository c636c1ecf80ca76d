import { LANGUAGES } from '../../lib/i18n/languages';
import { useTranslation } from '../i18n';

/** The arrow before a "back" label: it points to where reading starts, so right in Arabic. */
export function BackArrow() {
  const { language } = useTranslation();
  const rtl = LANGUAGES.find((l) => l.code === language)?.dir === 'rtl';
  return <span aria-hidden="true">{rtl ? '→ ' : '← '}</span>;
}
