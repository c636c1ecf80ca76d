import { REFERENCE_LANGUAGE } from './languages';

/**
 * Languages whose texts a native speaker has reviewed and signed off (who, when and which
 * commit: docs/translations.md). Dutch is the source text and needs no entry. Until a
 * language is listed here, the popup says in that language that its translation is unreviewed.
 */
export const NATIVE_REVIEWED_LANGUAGES: readonly string[] = [];

export function isUnreviewedTranslation(language: string, reviewed: readonly string[] = NATIVE_REVIEWED_LANGUAGES): boolean {
  return language !== REFERENCE_LANGUAGE && !reviewed.includes(language);
}
