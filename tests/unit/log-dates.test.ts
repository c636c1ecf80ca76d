import { describe, expect, it } from 'vitest';
import { dateInputOf, formatHappened, formatWritten, readDateInput } from '../../lib/plan/log-dates';

const NOW = new Date(2026, 11, 7, 10, 15); // 7 December 2026, 10:15 on the computer's clock
const read = (day: string, month: string, year: string, time = '') => readDateInput({ day, month, year, time }, NOW);

describe('the "happened at" date field', () => {
  it('takes a plain day, month and year, with or without a time', () => {
    expect(read('1', '2', '2026')).toEqual({ ok: true, value: '2026-02-01' });
    expect(read(' 01 ', '02', '2026', '9:05')).toEqual({ ok: true, value: '2026-02-01T09:05' });
    expect(read('29', '2', '2024', '21.30')).toEqual({ ok: true, value: '2024-02-29T21:30' });
    expect(read('7', '12', '2026', '10:15')).toEqual({ ok: true, value: '2026-12-07T10:15' });
    expect(read('1', '1', '1900')).toEqual({ ok: true, value: '1900-01-01' });
  });

  it('refuses the year 130, a two-digit year and years before 1900', () => {
    expect(read('1', '2', '130')).toEqual({ ok: false, problem: 'year' });
    expect(read('1', '2', '26')).toEqual({ ok: false, problem: 'year' });
    expect(read('31', '12', '1899')).toEqual({ ok: false, problem: 'year' });
    expect(read('1', '2', '20x6')).toEqual({ ok: false, problem: 'year' });
  });

  it('refuses dates that do not exist: 31 February, 29 February in a common year, month 13, day 0', () => {
    expect(read('31', '2', '2026')).toEqual({ ok: false, problem: 'impossible' });
    expect(read('29', '2', '2025')).toEqual({ ok: false, problem: 'impossible' });
    expect(read('31', '4', '2026')).toEqual({ ok: false, problem: 'impossible' });
    expect(read('1', '13', '2026')).toEqual({ ok: false, problem: 'impossible' });
    expect(read('0', '1', '2026')).toEqual({ ok: false, problem: 'impossible' });
    expect(read('-1', '1', '2026')).toEqual({ ok: false, problem: 'impossible' });
  });

  it('refuses impossible times and the future by the computer clock', () => {
    expect(read('1', '2', '2026', '25:00')).toEqual({ ok: false, problem: 'time' });
    expect(read('1', '2', '2026', '21:60')).toEqual({ ok: false, problem: 'time' });
    expect(read('1', '2', '2026', 'avond')).toEqual({ ok: false, problem: 'time' });
    expect(read('8', '12', '2026')).toEqual({ ok: false, problem: 'future' });
    expect(read('7', '12', '2026', '10:16')).toEqual({ ok: false, problem: 'future' });
    expect(read('1', '1', '2027')).toEqual({ ok: false, problem: 'future' });
    expect(read('', '12', '2026')).toEqual({ ok: false, problem: 'missing' });
  });

  it('gives a stored date back to the field, and shows dates in her language without moving time zones', () => {
    expect(dateInputOf('2026-02-01T09:05')).toEqual({ day: '1', month: '2', year: '2026', time: '9:05' });
    expect(dateInputOf('2026-02-01')).toEqual({ day: '1', month: '2', year: '2026', time: '' });
    expect(formatHappened('2026-03-29T02:30', 'nl')).toBe('zondag 29 maart 2026, 2:30');
    expect(formatHappened('2026-03-29', 'nl')).toBe('zondag 29 maart 2026');
    expect(formatHappened('', 'nl')).toBe('');
    expect(formatWritten('2026-03-29T02:30:59+02:00', 'nl')).toBe('zondag 29 maart 2026, 2:30');
    expect(formatWritten('', 'nl')).toBe('');
  });
});
