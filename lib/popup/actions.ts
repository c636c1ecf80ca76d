import type { i18n } from 'i18next';
import type { PopupActions } from '../../components/App';
import { switchLanguage } from '../i18n/setup';
import { languagePreference } from '../storage-items';
import type { createPlanActions } from './plan-actions';

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

export function createPopupActions(
  instance: i18n,
  clipboard = globalThis.navigator?.clipboard,
  plan?: ReturnType<typeof createPlanActions>,
): PopupActions {
  return {
    plan,
    async chooseLanguage(code) {
      const language = await switchLanguage(instance, code);
      await languagePreference.setValue(language);
      return language;
    },
    copyText: (text) => copyToClipboard(text, clipboard),
  };
}
