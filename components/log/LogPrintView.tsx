import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { chainHead, currentVersion, isRemoved, liveEntries, sortLog, LOG_TEXT_FIELDS, type LogEntry, type LogVersion } from '../../lib/plan/log';
import { measureSince, receiptCode, shortFingerprint } from '../../lib/plan/log-chain';
import { formatHappened, formatWritten } from '../../lib/plan/log-dates';
import { CHARS_PER_LINE, linesOf, paginate, type Piece } from '../../lib/plan/log-pages';
import { useTranslation, type Translation } from '../i18n';
import { writtenText } from './LogTrail';

// Fixed sizes, so that the page splitting (lib/plan/log-pages.ts) holds in both browsers.
const STYLE = `
.log-print { font-size: 11pt; line-height: 1.4; }
.log-print p, .log-print h2, .log-print h3 { margin: 0; }
.log-print h2 { font-size: 14pt; }
.log-print h3 { font-size: 11pt; margin-top: 7pt; }
.log-print .log-page { break-after: page; page-break-after: always; }
.log-print .log-page:last-child { break-after: auto; page-break-after: auto; }
.log-print .log-page__head { font-size: 9pt; border-bottom: 1px solid #000; margin-bottom: 6pt; }
.log-print .log-fp { font-family: monospace; }
.log-print .log-print__earlier { padding-inline-start: 12pt; }
`;

type Build = (p: Piece<ComponentChildren>) => void;

function textPieces(add: Build, label: string, text: string, earlier: boolean) {
  add({
    lines: linesOf(text) + 1,
    item: null,
    text: {
      value: text,
      extra: 1,
      render: (part, first) => (
        <div class={earlier ? 'log-print__earlier' : undefined}>
          {first && <strong>{label}</strong>}
          <p class="plan-print__text" dir="auto">
            {part}
          </p>
        </div>
      ),
    },
  });
}

function contentPieces(add: Build, v: LogVersion, earlier: boolean, { t }: Translation) {
  for (const f of LOG_TEXT_FIELDS) if (v[f]) textPieces(add, t(`log:fields.${f}`), v[f], earlier);
  const checks = `${t('log:fields.police')}: ${v.police ? t('log:yes') : t('log:no')}. ${t('log:fields.doctor')}: ${v.doctor ? t('log:yes') : t('log:no')}.`;
  add({ lines: linesOf(checks), item: <p class={earlier ? 'log-print__earlier' : undefined}>{checks}</p> });
}

function entryPieces(add: Build, entry: LogEntry, translation: Translation) {
  const { t, language } = translation;
  const v = currentVersion(entry);
  add({ lines: 2, keepWithNext: true, item: <h3>{formatHappened(v.happened, language) || t('log:noDate')}</h3> });
  const times = `${writtenText(v, translation)} ${t('log:fingerprint', { code: shortFingerprint(v.fp) })}`;
  add({ lines: linesOf(times), item: <p>{writtenText(v, translation)} <span class="log-fp">{t('log:fingerprint', { code: shortFingerprint(v.fp) })}</span></p> });
  contentPieces(add, v, false, translation);
  entry.versions.slice(0, -1).forEach((earlier, i) => {
    const changed = t('log:changed', { time: formatWritten(entry.versions[i + 1]!.written, language) });
    const happened = t('log:earlierHappened', { time: formatHappened(earlier.happened, language) || t('log:noDate') });
    add({ lines: 2 + linesOf(happened), keepWithNext: true, item: <div class="log-print__earlier" data-print="earlier"><p><strong>{changed}</strong></p><p>{happened}</p></div> });
    contentPieces(add, earlier, true, translation);
  });
}

/**
 * The log as a timeline for paper (a lawyer, the police, a GP, Veilig Thuis), oldest first:
 * both times of every entry, its edit trail and fingerprint; on every page its number, the
 * printing date and the chain's last fingerprint.
 */
export function LogPrintView({ entries = [], printedOn = new Date() }: { entries?: readonly LogEntry[]; printedOn?: Date }) {
  const translation = useTranslation();
  const { t, language } = translation;
  const start = performance.now();
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(printedOn);
  const pages = useMemo(() => {
    const pieces: Array<Piece<ComponentChildren>> = [];
    const add: Build = (p) => pieces.push(p);
    const head = chainHead(entries);
    for (const key of ['log:printNote', 'log:printFraming', 'log:printClock']) add({ lines: linesOf(t(key)) + 1, item: <p>{t(key)}</p> });
    if (head) {
      const receipt = `${t('log:receipt.label')} ${receiptCode(head.fp)}. ${t('log:receipt.explain')}`;
      add({ lines: linesOf(receipt) + 1, item: <p>{t('log:receipt.label')} <strong class="log-fp">{receiptCode(head.fp)}</strong>. {t('log:receipt.explain')}</p> });
      add({ lines: linesOf(t('log:printHow')) + 1, item: <p>{t('log:printHow')}</p> });
    }
    for (const entry of sortLog(liveEntries(entries))) entryPieces(add, entry, translation);
    for (const entry of entries.filter(isRemoved)) {
      const v = currentVersion(entry);
      const line = `${t('log:removedAt', { time: formatWritten(v.written, language) })} ${t('log:fingerprint', { code: shortFingerprint(v.fp) })}`;
      add({ lines: linesOf(line) + 1, item: <p data-print="removed">{line}</p> });
    }
    return paginate(pieces);
  }, [entries, translation]);
  const head = chainHead(entries);
  // from building the pages to the page showing them: what printing the timeline waits for
  useEffect(() => measureSince('log-print-view', start), [pages]);
  return (
    <div class="log-print" data-chars-per-line={CHARS_PER_LINE}>
      <style>{STYLE}</style>
      {pages.map((items, i) => (
        <section class="log-page" key={i} data-page={i + 1}>
          <p class="log-page__head">
            {t('log:printTitle')} · {t('log:page', { page: i + 1, pages: pages.length })} · {t('log:printedOn', { day })}
            {head && (
              <>
                <br />
                {t('log:lastFingerprint')} <span class="log-fp" dir="ltr">{head.fp}</span>
              </>
            )}
          </p>
          {items}
        </section>
      ))}
    </div>
  );
}
