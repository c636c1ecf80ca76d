import { useState } from 'preact/hooks';
import type { PhoneNumber } from '../lib/directory/types';
import { useTranslation } from './i18n';

interface Props {
  phone: PhoneNumber;
  /** Shown above the number, e.g. "From abroad" or "Call through Veilig Thuis". */
  label?: string;
  onCopy: (text: string) => Promise<boolean>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** A number in large digits as a call link, with a copy button beside it. */
export function PhoneCall({ phone, label, onCopy }: Props) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const href = phone.whatsapp ? undefined : `tel:${phone.dial}`;
  async function copy() {
    setCopyState((await onCopy(phone.display)) ? 'copied' : 'failed');
  }
  return (
    <div class="phone-call">
      {label && <div class="phone-call__label">{label}</div>}
      <div class="phone-call__row">
        {href ? (
          <a class="phone-call__number" href={href} dir="ltr" aria-label={t('service.call', { number: phone.display })}>
            {phone.display}
          </a>
        ) : (
          <span class="phone-call__number phone-call__number--text" dir="ltr">
            {phone.display}
          </span>
        )}
        <button type="button" class="phone-call__copy" onClick={copy} aria-label={t('service.copyLabel', { number: phone.display })}>
          {t('service.copy')}
        </button>
      </div>
      <p class="phone-call__status" role="status">
        {copyState === 'copied' && t('service.copied')}
        {copyState === 'failed' && t('service.copyFailed', { number: phone.display })}
      </p>
    </div>
  );
}
