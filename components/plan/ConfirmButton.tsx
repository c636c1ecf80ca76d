import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  testId?: string;
}

/**
 * A button that asks once before it acts. The question takes the focus on its safe answer
 * (cancel); Esc cancels as well, and the focus returns to the button.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, testId }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [asked, setAsked] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (asked) opener.current?.focus();
  }, [asking]);
  function ask(on: boolean) {
    setAsked(true);
    setAsking(on);
  }
  if (!asking) {
    return (
      <button type="button" class="plan-danger" data-testid={testId} ref={opener} onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="plan-confirm" role="alertdialog" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), ask(false))}>
      <p>{question}</p>
      <button type="button" class="plan-danger" onClick={() => void onConfirm()}>
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} onClick={() => ask(false)}>
        {t('plan:cancel')}
      </button>
    </div>
  );
}
