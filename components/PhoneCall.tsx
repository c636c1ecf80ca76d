import { useState } from 'preact/hooks';
import { billNote } from '../lib/directory/calling';
import type { PhoneNumber } from '../lib/directory/types';
import { useCanCall } from './calling';
import { useTranslation } from './i18n';

interface Props {
  phone: PhoneNumber;
  /** Shown above the number, e.g. "From abroad" or "Call through Veilig Thuis". */
  label?: string;
  onCopy: (text: string) => Promise<boolean>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A number in large digits with a copy button and what the call costs. Where the device can
 * call it is a call link; on a computer it is text to dial on a phone.
 */
export function PhoneCall({ phone, label, onCopy }: Props) {
  const { t } = useTranslation();
  const canCall = useCanCall();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const href = canCall && !phone.whatsapp ? `tel:${phone.dial}` : undefined;
  async function copy() {
    setCopyState((await onCopy(phone.display)) ? 'copied' : 'failed');
  }
  return (
    <div class="phone-call" data-dial={phone.dial}>
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
      {!phone.whatsapp && (
        <p class="phone-call__bill" data-bill={billNote(phone)}>
          {t(`bill.${billNote(phone)}`)}
        </p>
      )}
      <p class="phone-call__status" role="status">
        {copyState === 'copied' && t('service.copied')}
        {copyState === 'failed' && t('service.copyFailed', { number: phone.display })}
      </p>
      {copyState === 'copied' && (
        <details class="more phone-call__more">
          <summary>{t('service.copiedMoreInfo')}</summary>
          <p>{t('service.copiedMore')}</p>
        </details>
      )}
    </div>
  );
}
