import { useTranslation } from './i18n';

/** On every screen, in the same corner: one press hides everything of help. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" class="leave-now" data-testid="quick-exit" onClick={onExit}>
      {t('quickexit:button')}
    </button>
  );
}
