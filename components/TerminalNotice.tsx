import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { TranslationContext, useTranslation } from './i18n';

/** A public terminal in ephemeral mode: nothing is kept, and how long it lasts. */
export interface TerminalInfo {
  idleWipeMinutes: number | null;
}

/** One line on a public terminal: everything is erased, so print or write down what to keep. */
export function TerminalNotice({ terminal }: { terminal: TerminalInfo }) {
  const { t } = useTranslation();
  const text =
    terminal.idleWipeMinutes === null ? t('terminal:noticeBrowserClose') : t('terminal:notice', { count: terminal.idleWipeMinutes });
  return (
    <p class="terminal-notice" role="note" data-testid="terminal-notice">
      {text}
    </p>
  );
}

/**
 * The plan's texts on a public terminal: its introduction promises that everything is saved,
 * which is not so here. Swapping the key keeps the plan's own components unaware of terminals.
 */
const TERMINAL_TEXTS: Record<string, string> = { 'plan:setup.intro': 'terminal:planIntro' };

export function TerminalPlanTexts({ children }: { children: ComponentChildren }) {
  const translation = useTranslation();
  const value = useMemo(() => {
    const t = ((key: string | string[], ...rest: unknown[]) =>
      (translation.t as unknown as (...args: unknown[]) => string)(typeof key === 'string' ? (TERMINAL_TEXTS[key] ?? key) : key, ...rest)) as unknown as TFunction;
    return { ...translation, t };
  }, [translation]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}
