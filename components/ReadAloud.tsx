import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useTranslation } from './i18n';
import type { Speech } from '../lib/screen-actions';
export type { Speech };


export const SpeechContext = createContext<Speech | null>(null);

/** "Read aloud" for a page, shown only where the computer has a local voice for the language. */
export function ReadAloud({ text }: { text: () => string }) {
  const speech = useContext(SpeechContext);
  const { t, language } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => speech?.stop(), [speech]);
  if (!speech?.canSpeak(language)) return null;
  return (
    <button
      type="button"
      class="read-aloud"
      aria-pressed={speaking}
      onClick={() => {
        if (speaking) speech.stop();
        else speech.speak(text(), language);
        setSpeaking(!speaking);
      }}
    >
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
