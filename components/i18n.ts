import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from 'i18next';

export interface Translation {
  t: TFunction;
  language: string;
}

export const TranslationContext = createContext<Translation | null>(null);

export function useTranslation(): Translation {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation needs a TranslationContext.Provider');
  return value;
}
