import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n';
import { SECRET_FIELD } from './PassphraseSetup';
import type { UnlockResult } from './types';

interface Props {
  initialWaitMs: number;
  onUnlock: (passphrase: string) => Promise<UnlockResult>;
}

/** Asks for the passphrase; says clearly when it is wrong and how long to wait. */
export function UnlockForm({ initialWaitMs, onUnlock }: Props) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(initialWaitMs > 0 ? Date.now() + initialWaitMs : 0);
  const [, tick] = useState(0);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // She came here to type her passphrase; the page does not jump (the field is near the top).
  useEffect(() => field.current?.focus({ preventScroll: true }), []);
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => tick((n) => n + 1), 500);
    return () => clearTimeout(timer);
  });

  async function submit(e: Event) {
    e.preventDefault();
    if (busy || secondsLeft > 0) return;
    setBusy(true);
    const result = await onUnlock(pass);
    setBusy(false);
    if (result.ok) return;
    if (result.reason === 'corrupt') return setMessage(t('plan:corrupt.message'));
    setMessage(result.reason === 'wrong' ? t('plan:unlock.wrong') : null);
    setWaitUntil(result.waitMs > 0 ? Date.now() + result.waitMs : 0);
    setPass('');
  }

  return (
    <form class="plan-unlock" onSubmit={submit} data-testid="plan-unlock">
      <p>{t('plan:unlock.intro')}</p>
      <label>
        {t('plan:unlock.passphrase')}
        <input ref={field} {...SECRET_FIELD} value={pass} onInput={(e) => setPass(e.currentTarget.value)} data-testid="plan-passphrase" />
      </label>
      {message && <p class="plan-error" role="alert" data-testid="plan-unlock-error">{message}</p>}
      {secondsLeft > 0 && <p class="plan-error" role="status">{t('plan:unlock.wait', { count: secondsLeft })}</p>}
      <button type="submit" class="plan-primary" disabled={busy || secondsLeft > 0}>
        {busy ? t('plan:busy') : t('plan:unlock.button')}
      </button>
    </form>
  );
}
