import { render } from '@testing-library/preact';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { ServiceCard } from '../../components/ServiceCard';
import { LastQuickExitLine } from '../../components/safety/LastQuickExitLine';
import { dateInputOf, formatHappened, formatWritten } from '../../lib/plan/log-dates';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';

/**
 * One way to write a time on screen, in every language: the hour without a leading zero, a
 * colon, two digits for the minutes ("9:00", "17:30"), as the hours texts in the directory do.
 * Another way on the same card ("09:00" beside "9:00", or "9.00") reads as two different facts.
 */
const OTHER_TIME_FORMAT = /(?<![\d.:])(0\d[:.]\d{2}|\d{1,2}\.\d{2})(?![\d.:])/g;

const LOCALES = resolve(import.meta.dirname, '../../locales');
function strings(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('one time format per language', () => {
  it('finds the other formats it looks for', () => {
    expect('open om 09:00'.match(OTHER_TIME_FORMAT)).toEqual(['09:00']);
    expect('van 9.00 tot 17.30 uur'.match(OTHER_TIME_FORMAT)).toEqual(['9.00', '17.30']);
    expect('9:00 tot 17:30, 0800-2000, versie 0.1.0, 24/7'.match(OTHER_TIME_FORMAT)).toBeNull();
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: no locale text writes a time as 09:00 or 9.00', (code) => {
    const found = readdirSync(resolve(LOCALES, code))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => strings(JSON.parse(readFileSync(resolve(LOCALES, code, f), 'utf8')), f.replace(/\.json$/, '')))
      .filter(([, text]) => text.replace(/\{\{[^}]*\}\}/g, '').match(OTHER_TIME_FORMAT) !== null)
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  // Before opening, while open, after closing on a weekday, and at the weekend (Dutch time).
  const moments = ['2026-01-07T06:30:00Z', '2026-01-07T13:00:00Z', '2026-01-07T19:00:00Z', '2026-01-10T12:00:00Z'];
  it.each(LANGUAGES.map((l) => l.code))('%s: every service card, at any hour, writes its times as 9:00', async (code) => {
    const i18n = await createI18n(code);
    const byId = new Map(SERVICES.map((s) => [s.id, s]));
    const problems: string[] = [];
    let times = 0;
    for (const iso of moments) {
      vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
      const { container, unmount } = render(
        <TranslationContext.Provider value={{ t: i18n.getFixedT(code), language: code }}>
          {SERVICES.map((s) => (
            <ServiceCard key={s.id} service={s} via={s.via ? byId.get(s.via) : undefined} onCopy={async () => true} />
          ))}
        </TranslationContext.Provider>,
      );
      const text = container.textContent ?? '';
      times += (text.match(/(?<![\d.:])\d{1,2}:\d{2}(?![\d.:])/g) ?? []).length;
      for (const m of text.matchAll(OTHER_TIME_FORMAT)) problems.push(`${iso}: …${text.slice(Math.max(0, m.index - 40), m.index + 10)}`);
      unmount();
      vi.useRealTimers();
    }
    expect(problems).toEqual([]);
    expect(times).toBeGreaterThan(8); // the cards do show times: the check is not looking at nothing
  });

  /** Digits other than 0–9 (Arabic-Indic, Persian): the cards write Latin digits in Arabic too. */
  const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;
  /** A 12-hour clock's marks (AM/PM, Arabic ص/م after a time): the cards use a 24-hour clock. */
  const TWELVE_HOUR = /\d\s*(AM|PM|a\.m\.|p\.m\.|ص|م)(?![\p{L}])/iu;

  it.each(LANGUAGES.map((l) => l.code))('%s: the incident log writes its times as the cards do (9:05, 21:30)', (code) => {
    const shown = [
      formatHappened('2026-02-01T09:05', code),
      formatHappened('2026-02-01T21:30', code),
      formatWritten('2026-03-29T02:30:59+02:00', code),
      formatWritten('2026-03-29T14:07:00+02:00', code),
    ];
    expect(shown[0]).toMatch(/(?<![\d:])9:05$/);
    expect(shown[1]).toMatch(/(?<![\d:])21:30$/);
    expect(shown[2]).toMatch(/(?<![\d:])2:30$/);
    expect(shown[3]).toMatch(/(?<![\d:])14:07$/);
    for (const text of shown) {
      expect(text.match(OTHER_TIME_FORMAT), text).toBeNull();
      expect(text, text).not.toMatch(OTHER_DIGITS);
      expect(text, text).toMatch(/2026/); // the year in Latin digits too
    }
    // The edit field gives her time back the same way; it still reads as the same moment.
    expect(dateInputOf('2026-02-01T09:05').time).toBe('9:05');
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: the last quick exit (safety check) writes its time as the cards do', async (code) => {
    const i18n = await createI18n(code);
    for (const [hour, expected] of [
      [9, '9:05'],
      [21, '21:05'],
    ] as const) {
      const { container, unmount } = render(
        <TranslationContext.Provider value={{ t: i18n.getFixedT(code), language: code }}>
          <LastQuickExitLine report={{ at: new Date(2026, 11, 7, hour, 5).getTime(), complete: true }} />
        </TranslationContext.Provider>,
      );
      const text = container.textContent ?? '';
      expect(text).toMatch(new RegExp(`(?<![\\d:])${expected}(?![\\d:])`));
      expect(text.match(OTHER_TIME_FORMAT), text).toBeNull();
      expect(text, text).not.toMatch(OTHER_DIGITS);
      expect(text, text).not.toMatch(TWELVE_HOUR);
      unmount();
    }
  });

  it('Arabic: the cards, the log and the last quick exit all write Latin digits', async () => {
    const i18n = await createI18n('ar');
    const { container, unmount } = render(
      <TranslationContext.Provider value={{ t: i18n.getFixedT('ar'), language: 'ar' }}>
        {SERVICES.map((s) => (
          <ServiceCard key={s.id} service={s} onCopy={async () => true} />
        ))}
        <LastQuickExitLine report={{ at: new Date(2026, 11, 7, 9, 5).getTime(), complete: true }} />
        <p>{formatHappened('2026-02-01T09:05', 'ar')}</p>
      </TranslationContext.Provider>,
    );
    const text = container.textContent ?? '';
    expect(text).toMatch(/9:00/);
    expect(text).toMatch(/9:05/);
    expect(text).not.toMatch(OTHER_DIGITS);
    unmount();
  });
});
