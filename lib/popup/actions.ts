import type { i18n } from 'i18next';
import type { PopupActions } from '../../components/App';
import { switchLanguage } from '../i18n/setup';
import { languagePreference } from '../storage-items';
import { loadTopics } from '../topics/load';

/** Copies with the page's clipboard API; false when the browser refuses (no focus, no gesture). */
export async function copyToClipboard(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function createPopupActions(instance: i18n, clipboard = globalThis.navigator?.clipboard): PopupActions {
  return {
    async chooseLanguage(code) {
      const language = await switchLanguage(instance, code);
      await languagePreference.setValue(language);
      return language;
    },
    copyText: (text) => copyToClipboard(text, clipboard),
    loadTopics: (language) => loadTopics(instance, language),
  };
}
