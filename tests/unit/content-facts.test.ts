// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FITS } from '../../lib/decision/aid';
import { DANGER_SIGNS } from '../../lib/decision/danger-signs';
import { CHECK_SUMMARY } from '../../lib/directory/check-summary';
import { FACT_CHECKS, checkSummary, factChecks } from '../../lib/directory/fact-checks';
import { SERVICES } from '../../lib/directory/services';
import { SOURCES, sourceIdOf } from '../../lib/directory/source-names';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../../lib/i18n/languages';
import { LOG_FACTS } from '../../lib/plan/log-sources';
import { PLAN_STEPS } from '../../lib/plan/steps';
import { citationSources } from '../../lib/topics/citation-sources';
import type { TopicText } from '../../lib/topics/topics';
import { SEED_KEYWORDS } from './seed-keywords';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = resolve(ROOT, 'locales');
const SEEDS = resolve(ROOT, 'docs/sources/seeds');
const REFERENCE = readFileSync(resolve(ROOT, 'docs/sources/helplines.md'), 'utf8');

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => flatten(v, `${prefix}[${i}]`)));
  if (value && typeof value === 'object') return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  return {};
}
const namespaces = (code: string) =>
  Object.fromEntries(
    readdirSync(resolve(LOCALES, code))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(resolve(LOCALES, code, f), 'utf8')))]),
  );

/**
 * Every run of digits in a text, sorted: Eastern Arabic and Persian digits read as 0-9,
 * placeholders left out, and a clock time read as its hour and minutes ("09:00" and "9.00"
 * as "9", like the Dutch "9 uur"; "8.30" as "8 30").
 */
export function digitRuns(text: string): string[] {
  const western = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)/g, (_, h: string, m: string) => (m === '00' ? String(Number(h)) : `${Number(h)} ${m}`));
  return (western.match(/\d+/g) ?? []).sort();
}

/** A count of time written in words in Dutch ("drie maanden"): the digit check would not see it. */
const DUTCH_COUNT_IN_WORDS =
  /(?<![\p{L}])(één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|zestig|honderd)\s+(seconden?|minuut|minuten|uur|dagen|dag|weken|week|maanden|maand|jaren|jaar)(?![\p{L}])/iu;

const PLURAL = /_(zero|one|two|few|many|other)$/;
const reference = namespaces(REFERENCE_LANGUAGE);
/** The Dutch text a translated key renders: the same key, or for a plural form the Dutch plural it stands for. */
function dutchFor(ns: string, key: string): string | undefined {
  const keys = reference[ns] ?? {};
  if (keys[key] !== undefined) return keys[key];
  const base = key.replace(PLURAL, '');
  return keys[`${base}_other`] ?? keys[base];
}

describe('numbers, times and day counts in every translation', () => {
  it.each(LANGUAGES.filter((l) => l.code !== REFERENCE_LANGUAGE).map((l) => l.code))(
    '%s: every key has the same digit sequences as the Dutch text',
    (code) => {
      const mismatches: string[] = [];
      for (const [ns, keys] of Object.entries(namespaces(code))) {
        for (const [key, text] of Object.entries(keys)) {
          const dutch = dutchFor(ns, key);
          if (dutch === undefined) continue; // the key test in locales.test.ts reports keys Dutch lacks
          const want = digitRuns(dutch);
          const have = digitRuns(text);
          if (want.join(' ') !== have.join(' ')) mismatches.push(`${ns}:${key}: nl [${want.join(' ')}] ${code} [${have.join(' ')}]`);
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('the Dutch text writes every count of time in digits, so the check above sees it', () => {
    const inWords = Object.entries(reference).flatMap(([ns, keys]) =>
      Object.entries(keys)
        .filter(([, text]) => DUTCH_COUNT_IN_WORDS.test(text))
        .map(([key, text]) => `${ns}:${key}: ${DUTCH_COUNT_IN_WORDS.exec(text)![0]}`),
    );
    expect(inWords).toEqual([]);
  });

  it('reads digit sequences the way the check needs', () => {
    expect(digitRuns('Bel 0800-2000, 9:00-17:00, binnen 7 dagen.')).toEqual(['0800', '17', '2000', '7', '9']);
    expect(digitRuns('van 9 tot 17 uur')).toEqual(digitRuns('from 09:00 to 17.00'));
    expect(digitRuns('08.30 uur')).toEqual(['30', '8']);
    expect(digitRuns('خلال ٧ أيام')).toEqual(['7']);
    expect(digitRuns('Wacht nog {{count}} seconden')).toEqual([]);
    expect(digitRuns('10 dagen')).not.toEqual(digitRuns('14 days'));
    expect(DUTCH_COUNT_IN_WORDS.test('drie maanden bedenktijd')).toBe(true);
    expect(DUTCH_COUNT_IN_WORDS.test('binnen één dag')).toBe(true);
    expect(DUTCH_COUNT_IN_WORDS.test('een dag later, één op de drie vrouwen, 3 maanden')).toBe(false);
  });
});

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
/** The cited lines as one string: line breaks and end-of-line hyphenation undone, spaces collapsed, lower case. */
function citedText(nnn: string, from: number, to: number): string | undefined {
  const file = seedFiles.find((f) => f.startsWith(`${nnn}_`));
  if (!file) return undefined;
  const lines = readFileSync(resolve(SEEDS, file), 'utf8').split('\n');
  if (from < 1 || to < from || to > lines.length) return undefined;
  return lines
    .slice(from - 1, to)
    .join('\n')
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
const SEED_CITATION = /^seed (\d{3}) l\.(\d+)(?:-(\d+))?$/;

/** Problems with one seed citation: range missing, keywords not declared, or not found in the lines. */
function seedProblems(citation: string): string[] {
  const m = SEED_CITATION.exec(citation);
  if (!m) return [`${citation}: not "seed NNN l.A-B"`];
  const text = citedText(m[1]!, Number(m[2]), Number(m[3] ?? m[2]));
  if (text === undefined) return [`${citation}: no such file or line range`];
  const keywords = SEED_KEYWORDS[citation];
  if (!keywords?.length) return [`${citation}: add the words the cited lines must contain to tests/unit/seed-keywords.ts`];
  return keywords.filter((k) => !text.includes(k.toLowerCase().replace(/\s+/g, ' '))).map((k) => `${citation}: "${k}" is not in these lines`);
}

/** The section of helplines.md a "reference: <section> (detail)" citation names, or undefined. */
function referenceSection(name: string): string | undefined {
  const parts = REFERENCE.split(/^## /m).slice(1);
  const part = parts.find((p) => p.split('\n')[0]!.trim() === name);
  return part?.toLowerCase();
}
const SERVICE_IDS = new Set(SERVICES.map((s) => s.id));

/**
 * Problems with one reference citation. "Directory (id: detail; id…)" must name directory
 * services; any other section must contain, for each ";"-part of the detail, a word of its
 * lead (the organisation or page it names, before ":").
 */
function referenceProblems(citation: string): string[] {
  const m = /^reference: ([^(]+?)(?: \((.+)\))?$/.exec(citation);
  if (!m) return [`${citation}: neither a seed citation nor "reference: <section> (detail)"`];
  const section = referenceSection(m[1]!.trim());
  if (!section) return [`${citation}: no section "${m[1]}" in helplines.md`];
  const leads = (m[2] ?? '').split(';').map((part) => part.split(':')[0]!.trim()).filter(Boolean);
  if (m[1]!.trim() === 'Directory') return leads.filter((id) => !SERVICE_IDS.has(id)).map((id) => `${citation}: "${id}" is not a directory service`);
  return leads
    .filter((lead) => !lead.toLowerCase().split(/[\s,]+/).some((w) => w.length >= 4 && section.includes(w)))
    .map((lead) => `${citation}: "${lead}" is not named in the section`);
}

const topicsOf = (code: string) =>
  JSON.parse(readFileSync(resolve(LOCALES, code, 'topics.json'), 'utf8')) as { pages: Record<string, TopicText>; recognise: { sources: string[] } };
const allSources = (code: string) => {
  const file = topicsOf(code);
  return [...Object.values(file.pages).flatMap((p) => p.sources), ...file.recognise.sources];
};

describe('the sources of the topic pages', () => {
  it('every seed citation points to lines that exist and contain the cited fact\'s words', () => {
    const seeds = [...new Set(allSources(REFERENCE_LANGUAGE).filter((s) => s.startsWith('seed ')))];
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.flatMap(seedProblems)).toEqual([]);
  });

  it('every other citation names a section of helplines.md, and the services or organisations in it', () => {
    const refs = [...new Set(allSources(REFERENCE_LANGUAGE).filter((s) => !s.startsWith('seed ')))];
    expect(refs.flatMap(referenceProblems)).toEqual([]);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: each page cites exactly the sources of the Dutch page', (code) => {
    const dutch = topicsOf(REFERENCE_LANGUAGE);
    const file = topicsOf(code);
    for (const [id, page] of Object.entries(dutch.pages)) expect(file.pages[id]?.sources, `${code} ${id}`).toEqual(page.sources);
    expect(file.recognise.sources).toEqual(dutch.recognise.sources);
  });

  it('every seed line range the safety plan cites exists', () => {
    const refs = PLAN_STEPS.flatMap((s) => [...s.advice, ...(s.checklist ?? [])].map((a) => a.source.ref));
    const ranges = refs.flatMap((ref) => [...ref.matchAll(/seed (\d{3}) l\.(\d+)(?:-(\d+))?/g)]);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.filter((r) => citedText(r[1]!, Number(r[2]), Number(r[3] ?? r[2])) === undefined).map((r) => r[0])).toEqual([]);
  });

  it('catches a citation whose lines lack the fact, a missing keyword entry and an unknown service', () => {
    expect(seedProblems('seed 001 l.5149-5182')).toEqual([]);
    expect(seedProblems('seed 001 l.1-3')[0]).toMatch(/seed-keywords/);
    expect(seedProblems('seed 001 l.5149-99999')[0]).toMatch(/no such/);
    expect(referenceProblems('reference: Directory (nobody: x)')[0]).toMatch(/not a directory service/);
    expect(referenceProblems('reference: Nowhere (x)')[0]).toMatch(/no section/);
  });
});

describe('sources as a reader sees them', () => {
  const ORG_IN_ENGLISH = /Dutch|quoted|law\b|report\)|organisations|women’s|\(/;
  it('every topic citation stands for public documents a reader can look up', () => {
    const citations = [...new Set(LANGUAGES.flatMap((l) => allSources(l.code)))];
    expect(citations.filter((c) => citationSources(c).length === 0)).toEqual([]);
  });
  it('every directory source resolves, and each fact rests on one of its own service\'s sources', () => {
    for (const s of SERVICES) for (const entry of s.source) expect(sourceIdOf(entry), `${s.id}: ${entry}`).toBeDefined();
    for (const s of SERVICES) {
      for (const c of factChecks(s.id)) {
        expect(s.source, `${s.id} ${c.fact}`).toContain(c.source);
        expect(c.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (s.phones.length > 0) expect(factChecks(s.id).map((c) => c.fact), `${s.id} has a source for its number`).toContain('number');
      if (s.hours !== 'check') expect(factChecks(s.id).map((c) => c.fact), `${s.id} has a source for its hours`).toContain('hours');
    }
    expect(Object.keys(FACT_CHECKS).filter((id) => !SERVICES.some((s) => s.id === id))).toEqual([]);
  });
  it('About says what is true of all the facts together (check dates, age of the sources)', () => {
    expect(CHECK_SUMMARY).toEqual(checkSummary());
  });
  it('advice and signs name an organisation by its own name, or documents that exist', () => {
    const all = [
      ...PLAN_STEPS.flatMap((s) => [...s.advice, ...(s.checklist ?? [])].map((a) => a.source)),
      ...DANGER_SIGNS.map((s) => s.source),
      ...Object.values(FITS).flatMap((f) => f.advice.map((a) => a.source)),
      ...LOG_FACTS.map((f) => f.source),
    ];
    for (const source of all) {
      if (source.kind === 'nl-org') expect(source.org).not.toMatch(ORG_IN_ENGLISH);
      if (source.kind === 'source') for (const id of source.ids) expect(SOURCES[id], id).toBeDefined();
    }
    for (const s of Object.values(SOURCES)) if (s.org) expect(s.org).not.toMatch(/Dutch|quoted|GREVIO report/);
  });
  it.each(LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code))('%s: no source label in English', (code) => {
    const en = namespaces('en').directory ?? {};
    const own = namespaces(code).directory ?? {};
    const kinds = Object.keys(en).filter((k) => k.startsWith('sourceKind.') || k === 'sourceUndated' || k.startsWith('fact.'));
    expect(kinds.length).toBeGreaterThan(10);
    const sameWordInDutch = new Set(['sourceKind.factsheet', 'sourceKind.website']); // Dutch uses these words too
    for (const k of kinds) if (!(code === 'nl' && sameWordInDutch.has(k))) expect(own[k], `${code} directory:${k}`).not.toBe(en[k]);
  });
  it('no shown text in any language carries a research pointer ("seed 000", "l.31", "reference: …")', () => {
    const pointers = LANGUAGES.flatMap((l) =>
      Object.entries(namespaces(l.code)).flatMap(([ns, keys]) =>
        Object.entries(keys)
          .filter(([key]) => !/(^|\.)sources\[\d+\]$/.test(key)) // the citations themselves: data, shown only through citation-sources.ts
          .filter(([, text]) => /\bseed \d{3}\b|\bl\.\d+|reference:|helplines\.md/i.test(text))
          .map(([key]) => `${l.code} ${ns}:${key}`),
      ),
    );
    expect(pointers).toEqual([]);
  });
  it('catches a citation nobody mapped and an unknown source entry', () => {
    expect(citationSources('reference: Cover-your-tracks items published (somewhere.example)')).toEqual([]);
    expect(sourceIdOf('a blog post nobody checked')).toBeUndefined();
  });
});
