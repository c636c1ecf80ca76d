import { Component } from 'preact';
import { formatLogTime, type LogEntry } from '../../lib/plan/log';
import type { Translation } from '../i18n';
import { LogEntryForm } from './LogEntryForm';

const SUMMARY_LENGTH = 80;

interface Props {
  entry: LogEntry;
  open: boolean;
  translation: Translation;
  onToggle: (id: string) => void;
  onChange: (id: string, change: Partial<Omit<LogEntry, 'id'>>) => void;
  onDelete: (id: string) => void;
}

/**
 * One entry in the list. Re-drawn only when its own entry, its open state or the language
 * changes: typing in one entry among 500 redraws one row, not 500. The callbacks take the id
 * and read the newest list themselves, so a row that is not redrawn never holds an old list.
 */
export class LogRow extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return next.entry !== this.props.entry || next.open !== this.props.open || next.translation !== this.props.translation;
  }

  render({ entry, open, translation, onToggle, onChange, onDelete }: Props) {
    const { t, language } = translation;
    return (
      <li data-entry={entry.id}>
        <button type="button" class="log-summary" aria-expanded={open} onClick={() => onToggle(entry.id)}>
          <strong>{formatLogTime(entry.at, language) || t('log:noDate')}</strong>{' '}
          <span dir="auto">{entry.what.length > SUMMARY_LENGTH ? `${entry.what.slice(0, SUMMARY_LENGTH)}…` : entry.what}</span>
        </button>
        {open && (
          <LogEntryForm entry={entry} onChange={(change) => onChange(entry.id, change)} onDone={() => onToggle(entry.id)} onDelete={() => onDelete(entry.id)} />
        )}
      </li>
    );
  }
}
