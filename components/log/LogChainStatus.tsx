import type { ChainCheck } from '../../lib/plan/log-chain';
import { receiptCode } from '../../lib/plan/log-chain';
import { formatWritten } from '../../lib/plan/log-dates';
import { useTranslation } from '../i18n';

/** "This log is unchanged since …" with the receipt to send, or where the chain breaks. */
export function LogChainStatus({ check }: { check: ChainCheck | null }) {
  const { t, language } = useTranslation();
  if (!check || check.state === 'empty') return null;
  if (check.state === 'unchained') {
    return (
      <p class="plan-hint" data-testid="log-chain" data-state="unchained">
        {t('log:chain.checking')}
      </p>
    );
  }
  if (check.state === 'broken') {
    return (
      <p class="plan-error" role="alert" data-testid="log-chain" data-state="broken" data-seq={check.seq}>
        {t(check.reason === 'missing' ? 'log:chain.missing' : 'log:chain.broken', { number: check.seq + 1 })}
      </p>
    );
  }
  const since = formatWritten(check.head.written || check.head.moved || '', language);
  return (
    <div class="log-chain" data-testid="log-chain" data-state="intact">
      <p>{t('log:chain.intact', { time: since })}</p>
      <p>
        {t('log:receipt.label')} <strong class="log-receipt" data-testid="log-receipt" dir="ltr">{receiptCode(check.head.fp)}</strong>
      </p>
      <p class="plan-hint">{t('log:receipt.explain')}</p>
    </div>
  );
}
