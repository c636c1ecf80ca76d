import { LANGUAGES } from '../../lib/i18n/languages';
import { useTranslation } from '../i18n';

/**
 * The arrow before a "back" label: it points to where reading starts, so right in Arabic.
 * The character itself is chosen for the direction; nothing mirrors it again (style.css).
 */
export function BackArrow() {
  const { language } = useTranslation();
  const rtl = LANGUAGES.find((l) => l.code === language)?.dir === 'rtl';
  return <span class="topic-back-arrow" aria-hidden="true">{rtl ? '→ ' : '← '}</span>;
}
