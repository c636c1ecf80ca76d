import type { i18n } from 'i18next';
import { languagesFor } from '../i18n/setup';

export const TOPICS_NAMESPACE = 'topics';

/**
 * The topic texts are the biggest locale resource, and most people never open them: each
 * language's `topics.json` is its own chunk (left out of `locales/<lang>/index.ts`), loaded
 * when the topics screen opens, for the chosen language and its fallbacks.
 */
const TOPIC_CHUNKS = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/topics.json');

export async function loadTopics(instance: i18n, language: string): Promise<void> {
  await Promise.all(
    languagesFor(language).map(async (code) => {
      const load = TOPIC_CHUNKS[`../../locales/${code}/topics.json`];
      if (!load || instance.hasResourceBundle(code, TOPICS_NAMESPACE)) return;
      instance.addResourceBundle(code, TOPICS_NAMESPACE, (await load()).default, true, true);
    }),
  );
}

export function topicsLoaded(instance: i18n, language: string): boolean {
  return instance.hasResourceBundle(language, TOPICS_NAMESPACE);
}
