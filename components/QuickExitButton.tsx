import { useTranslation } from './i18n';
import { useQuickExitKey } from './quick-exit-key';

/** On every screen, in the same corner: one press hides everything of help. Its key stands beside it. */
export function QuickExitButton({ onExit, readKey }: { onExit: () => void; readKey?: () => Promise<string> }) {
  const { t } = useTranslation();
  const { key } = useQuickExitKey(readKey ?? (async () => ''));
  return (
    <span class="leave-group">
      <button type="button" class="leave-now" data-testid="quick-exit" onClick={onExit} aria-describedby={key ? 'leave-key' : undefined}>
        {t('quickexit:button')}
      </button>
      {key && (
        <span id="leave-key" class="leave-now__key" data-testid="leave-key" dir="ltr" title={t('quickexit:keyTitle')}>
          <span class="visually-hidden">{t('quickexit:keyTitle')} </span>
          {key}
        </span>
      )}
    </span>
  );
}
