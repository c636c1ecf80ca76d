import { Component, type ComponentChildren } from 'preact';
import { currentVersion, type LogEntry } from '../../lib/plan/log';
import { formatHappened } from '../../lib/plan/log-dates';
import type { Translation } from '../i18n';
import { ConfirmButton } from '../plan/ConfirmButton';
import { LogTrail } from './LogTrail';

const SUMMARY_LENGTH = 80;

interface Props {
  entry: LogEntry;
  open: boolean;
  /** The form, when this entry is being changed. */
  editor: ComponentChildren;
  /** Another entry is being written: changing this one waits. */
  busy: boolean;
  translation: Translation;
  onToggle: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

/**
 * One entry in the list. Re-drawn only when its own entry, its open state or the language
 * changes: saving one entry among 1,000 redraws one row, not 1,000.
 */
export class LogRow extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const p = this.props;
    return next.entry !== p.entry || next.open !== p.open || next.busy !== p.busy || next.editor !== p.editor || next.translation !== p.translation;
  }

  render({ entry, open, editor, busy, translation, onToggle, onEdit, onDelete }: Props) {
    const { t, language } = translation;
    const v = currentVersion(entry);
    return (
      <li data-entry={entry.id} data-versions={entry.versions.length}>
        <button type="button" class="log-summary" aria-expanded={open} onClick={() => onToggle(entry.id)}>
          <strong>{formatHappened(v.happened, language) || t('log:noDate')}</strong>{' '}
          {entry.versions.length > 1 && <em class="log-summary__changed">{t('log:changedMark')}</em>}{' '}
          <span dir="auto">{v.what.length > SUMMARY_LENGTH ? `${v.what.slice(0, SUMMARY_LENGTH)}…` : v.what}</span>
        </button>
        {editor}
        {open && !editor && (
          <div class="log-entry" data-testid="log-entry-details">
            <LogTrail entry={entry} translation={translation} />
            <button type="button" data-testid="log-entry-edit" disabled={busy} onClick={() => onEdit(entry.id)}>
              {t('log:edit')}
            </button>
            <ConfirmButton label={t('log:delete.button')} question={t('log:delete.question')} confirmLabel={t('log:delete.confirm')} onConfirm={() => onDelete(entry.id)} />
          </div>
        )}
      </li>
    );
  }
}
