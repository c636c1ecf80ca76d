import { useState } from 'preact/hooks';
import { useTranslation } from '../i18n';
import { LockModeChoice } from './LockModeChoice';
import type { LockMode } from './types';

export const MIN_PASSPHRASE = 8;

/**
 * A passphrase field that no password manager offers to save (where anyone who checks the
 * computer looks first) and that no spell checker reads: a text field shown as dots
 * (`-webkit-text-security`, Chromium and Firefox ≥ 114), not `type="password"` — browsers look
 * for password fields to offer saving, whatever `autocomplete` says. Nothing is remembered
 * for the field either (`autocomplete="off"`).
 */
export const SECRET_FIELD = {
  type: 'text',
  class: 'plan-secret',
  autocomplete: 'off',
  autocapitalize: 'off',
  autocorrect: 'off',
  spellcheck: false,
  translate: false,
} as const;

interface Props {
  onCreate: (passphrase: string, mode: LockMode) => Promise<void>;
}

/** First use: choose a passphrase, told plainly that it cannot be recovered. */
export function PassphraseSetup({ onCreate }: Props) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mode, setMode] = useState<LockMode>('popup');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE) return setError(t('plan:setup.tooShort', { count: MIN_PASSPHRASE }));
    if (pass !== confirm) return setError(t('plan:setup.mismatch'));
    setError(null);
    setBusy(true);
    try {
      await onCreate(pass, mode);
    } catch {
      setError(t('plan:saveFailed'));
      setBusy(false);
    }
  }

  return (
    <form class="plan-setup" onSubmit={submit} data-testid="plan-setup">
      <p>{t('plan:setup.intro')}</p>
      <p class="plan-warning">{t('plan:setup.noRecovery')}</p>
      <p id="plan-passphrase-tip">{t('plan:setup.strength')}</p>
      <label>
        {t('plan:setup.passphrase')}
        <input {...SECRET_FIELD} aria-describedby="plan-passphrase-tip" value={pass} onInput={(e) => setPass(e.currentTarget.value)} data-testid="plan-new-passphrase" />
      </label>
      <label>
        {t('plan:setup.confirm')}
        <input {...SECRET_FIELD} value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} data-testid="plan-confirm-passphrase" />
      </label>
      <LockModeChoice value={mode} onChange={setMode} />
      {error && <p class="plan-error" role="alert">{error}</p>}
      <button type="submit" class="plan-primary" disabled={busy}>
        {busy ? t('plan:busy') : t('plan:setup.start')}
      </button>
    </form>
  );
}
