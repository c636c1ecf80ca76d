import { useState } from 'preact/hooks';
import { useTranslation } from '../i18n';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  testId?: string;
}

/** A button that asks once before it acts. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, testId }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="plan-danger" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="plan-confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <button type="button" class="plan-danger" onClick={() => void onConfirm()}>
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('plan:cancel')}
      </button>
    </div>
  );
}
