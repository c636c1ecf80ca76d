import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { LogPrintView } from '../../components/log/LogPrintView';
import { createI18n } from '../../lib/i18n/setup';
import { chainHead, type LogEntry } from '../../lib/plan/log';
import { saveLogEntry } from '../../lib/plan/log-edit';
import { CHARS_PER_LINE, LINES_PER_PAGE, linesOf, paginate, splitText } from '../../lib/plan/log-pages';

describe('splitting the printed timeline into pages', () => {
  it('counts printed lines, a newline starting a new one', () => {
    expect(linesOf('')).toBe(1);
    expect(linesOf('a'.repeat(CHARS_PER_LINE))).toBe(1);
    expect(linesOf('a'.repeat(CHARS_PER_LINE + 1))).toBe(2);
    expect(linesOf('a\nb\n\nc')).toBe(4);
  });

  it('splits a long text at spaces into parts that fit, losing no character', () => {
    const text = Array.from({ length: 400 }, (_, i) => `woord${i}`).join(' ') + '\nlaatste regel';
    const parts = splitText(text, 10);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(linesOf(p)).toBeLessThanOrEqual(10);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(splitText('kort', 10)).toEqual(['kort']);
  });

  it('fills pages in order and keeps a heading with what follows', () => {
    const pieces = [
      { lines: 30, item: 'a' },
      { lines: 2, keepWithNext: true, item: 'heading' },
      { lines: 8, item: 'b' },
      { lines: 38, item: 'c' },
    ];
    expect(paginate(pieces, 38)).toEqual([['a'], ['heading', 'b'], ['c']]);
  });

  it('prints every page with "page n of m", the printing date and the chain\'s last fingerprint; no text lost', async () => {
    let entries: LogEntry[] = [];
    for (let i = 0; i < 12; i++) {
      const what = `Gebeurtenis ${i}: ${'Hij schreeuwde en gooide met spullen. '.repeat(50)}EINDE-${i}`;
      entries = (await saveLogEntry(entries, null, { happened: `2026-01-${String(i + 1).padStart(2, '0')}`, what, injuries: '', witnesses: '', evidence: '', police: false, doctor: false }, new Date(2026, 1, 1, 9, i))).entries;
    }
    const i18n = await createI18n('nl');
    render(
      <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
        <LogPrintView entries={entries} printedOn={new Date(2026, 11, 7)} />
      </TranslationContext.Provider>,
    );
    const pages = [...document.querySelectorAll('.log-page')];
    expect(pages.length).toBeGreaterThan(3);
    const head = chainHead(entries)!.fp;
    pages.forEach((page, i) => {
      const heading = page.querySelector('.log-page__head')!.textContent!;
      expect(heading).toContain(`pagina ${i + 1} van ${pages.length}`);
      expect(heading).toContain('afgedrukt op 7 december 2026');
      expect(heading).toContain(head);
    });
    const text = document.querySelector('.log-print')!.textContent!;
    for (let i = 0; i < 12; i++) expect(text).toContain(`EINDE-${i}`);
    expect(LINES_PER_PAGE).toBeGreaterThan(20);
  });
});

describe('a long text across pages', () => {
  it('fills the rest of a page and continues on the next, label only once, nothing lost', () => {
    const text = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const pages = paginate<string>(
      [
        { lines: 30, item: 'top' },
        { lines: linesOf(text) + 1, item: '', text: { value: text, extra: 1, render: (part, first) => `${first ? 'LABEL:' : ''}${part}` } },
      ],
      38,
    );
    expect(pages[0]![0]).toBe('top');
    expect(pages[0]![1]!.startsWith('LABEL:w0 ')).toBe(true);
    expect(linesOf(pages[0]![1]!.slice('LABEL:'.length))).toBeLessThanOrEqual(7);
    expect(pages.flat().slice(1).join('').replace('LABEL:', '')).toBe(text);
    expect(pages.flat().filter((p) => p.includes('LABEL:'))).toHaveLength(1);
  });
});
