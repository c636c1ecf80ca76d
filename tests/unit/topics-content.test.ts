// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../lib/directory/services';
import { dialString } from '../../lib/directory/validate';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../../lib/i18n/languages';
import { SIGNALS, TOPIC_IDS, TOPICS, topicsForSignals, type TopicText } from '../../lib/topics/topics';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = resolve(ROOT, 'locales');
const SEEDS = resolve(ROOT, 'docs/sources/seeds');
const REFERENCE = readFileSync(resolve(ROOT, 'docs/sources/helplines.md'), 'utf8');

interface TopicsFile {
  pages: Record<string, TopicText>;
  recognise: { signals: Record<string, string>; sources: string[] };
}
const topicsOf = (code: string) => JSON.parse(readFileSync(resolve(LOCALES, code, 'topics.json'), 'utf8')) as TopicsFile;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const seedLines = (nnn: string) => {
  const file = seedFiles.find((f) => f.startsWith(`${nnn}_`));
  return file ? readFileSync(resolve(SEEDS, file), 'utf8').split('\n').length : undefined;
};
const referenceHeadings = [...REFERENCE.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

/** Problems with one source citation: "seed NNN l.A-B" or "reference: <section> (detail)". */
function sourceProblem(source: string): string | undefined {
  const seed = /^seed (\d{3}) l\.(\d+)(?:-(\d+))?$/.exec(source);
  if (seed) {
    const lines = seedLines(seed[1]!);
    if (lines === undefined) return `${source}: no seed file ${seed[1]}_*.txt`;
    const from = Number(seed[2]);
    const to = Number(seed[3] ?? seed[2]);
    if (from < 1 || to < from || to > lines) return `${source}: lines outside 1-${lines}`;
    return undefined;
  }
  const ref = /^reference: ([^(]+?)(?: \(.+\))?$/.exec(source);
  if (ref) return referenceHeadings.includes(ref[1]!.trim()) ? undefined : `${source}: no such section in helplines.md`;
  return `${source}: neither "seed NNN l.A-B" nor "reference: <section>"`;
}

const DIRECTORY_DIALS = new Set(SERVICES.flatMap((s) => s.phones.map((p) => p.dial)));
/** Anything in a text that reads as a phone number: +…, a 0… number of 7+ digits, 112, 113, 116 111. */
const PHONE_LIKE = /\+\d[\d \-]{6,}\d|\b0\d[\d \-]{5,}\d|\b11[23]\b|\b116 ?111\b/g;

describe('topic content', () => {
  it('has a page in the reference language for every topic, and no page without a topic', () => {
    expect(Object.keys(topicsOf(REFERENCE_LANGUAGE).pages).sort()).toEqual([...TOPIC_IDS].sort());
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: every topic and signal has the same keys and list lengths as the reference', (code) => {
    const reference = topicsOf(REFERENCE_LANGUAGE);
    const translation = topicsOf(code);
    for (const id of TOPIC_IDS) expect(shape(translation.pages[id]), `${code} ${id}`).toEqual(shape(reference.pages[id]));
    expect(shape(translation.recognise)).toEqual(shape(reference.recognise));
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: every page has text in each part and at least one source', (code) => {
    const file = topicsOf(code);
    for (const id of TOPIC_IDS) {
      const page = file.pages[id]!;
      for (const part of [page.title, page.summary, page.what, ...page.signs, ...page.todo]) expect(part.trim(), `${code} ${id}`).not.toBe('');
      expect(page.signs.length, `${code} ${id} signs`).toBeGreaterThan(0);
      expect(page.todo.length, `${code} ${id} todo`).toBeGreaterThan(0);
      expect(page.sources.length, `${code} ${id} sources`).toBeGreaterThan(0);
      for (const m of page.more) expect(m.title.trim() && m.text.trim(), `${code} ${id} more`).toBeTruthy();
    }
    for (const s of SIGNALS) expect(file.recognise.signals[s.id]?.trim(), `${code} signal ${s.id}`).toBeTruthy();
    expect(Object.keys(file.recognise.signals).sort()).toEqual(SIGNALS.map((s) => s.id).sort());
    expect(file.recognise.sources.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: every source points to a seed line range that exists or a section of the reference', (code) => {
    const file = topicsOf(code);
    const sources = [...Object.values(file.pages).flatMap((p) => p.sources), ...file.recognise.sources];
    expect(sources.map(sourceProblem).filter(Boolean)).toEqual([]);
  });

  it('catches a citation past the end of a seed file or to a missing file', () => {
    expect(sourceProblem('seed 000 l.170-9999')).toMatch(/outside/);
    expect(sourceProblem('seed 009 l.1-2')).toMatch(/no seed file/);
    expect(sourceProblem('reference: Nowhere')).toMatch(/no such section/);
    expect(sourceProblem('seed 001 l.5149-5182')).toBeUndefined();
  });

  it('links each topic only to services in the directory', () => {
    const ids = new Set(SERVICES.map((s) => s.id));
    for (const topic of TOPICS) {
      expect(topic.services.length, topic.id).toBeGreaterThan(0);
      for (const s of topic.services) expect(ids.has(s), `${topic.id} → ${s}`).toBe(true);
    }
  });

  it('leads every signal to at least one topic, in the order of the topic list', () => {
    for (const s of SIGNALS) expect(topicsForSignals(new Set([s.id])).length, s.id).toBeGreaterThan(0);
    expect(topicsForSignals(new Set(['work', 'hurt']))).toEqual(['home-violence', 'trafficking', 'police-report']);
    expect(topicsForSignals(new Set())).toEqual([]);
  });
});

describe('phone numbers in every text of every locale', () => {
  const files = LANGUAGES.flatMap((l) =>
    readdirSync(resolve(LOCALES, l.code))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${l.code}/${f}`),
  );

  it.each(files)('%s names only numbers from the directory', (file) => {
    const texts = strings(JSON.parse(readFileSync(resolve(LOCALES, file), 'utf8')));
    const unknown = texts.flatMap((text) => [...text.matchAll(PHONE_LIKE)].map((m) => m[0])).filter((n) => !DIRECTORY_DIALS.has(dialString(n)));
    expect(unknown).toEqual([]);
  });

  it('the number pattern finds numbers written in the usual ways and skips ordinary figures', () => {
    const found = (s: string) => [...s.matchAll(PHONE_LIKE)].map((m) => m[0]);
    expect(found('Bel 0800-2000 of 112, of +31 247 247 247; 088 0767 000 en 116 111.')).toEqual([
      '0800-2000',
      '112',
      '+31 247 247 247',
      '088 0767 000',
      '116 111',
    ]);
    expect(found('Een 0800-nummer, 10 tot 28 dagen, 12 tot en met 23 jaar, in 2018, binnen 7 dagen.')).toEqual([]);
    expect(dialString('0900-1262626')).toBe('09001262626');
    expect(DIRECTORY_DIALS.has(dialString(found('oud: 0900-1262626')[0]!))).toBe(false);
  });
});

describe('the committed seed copy', () => {
  it('matches ../shared/seeds when that is present', () => {
    const shared = resolve(ROOT, '../shared/seeds');
    if (!existsSync(shared)) return; // a clone without shared/ beside it: the committed copy is the source
    for (const f of seedFiles) expect(readFileSync(resolve(SEEDS, f), 'utf8'), f).toBe(readFileSync(resolve(shared, f), 'utf8'));
  });
});
