// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../../lib/i18n/languages';

const LOCALES = resolve(import.meta.dirname, '../../locales');

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => flatten(v, `${prefix}[${i}]`)));
  if (value && typeof value === 'object') {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  }
  return {};
}

function load(language: string): Record<string, Record<string, string>> {
  const dir = resolve(LOCALES, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(resolve(dir, f), 'utf8')))]),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
/** i18next plural forms differ per language (Arabic has six); compare the base key. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const reference = load(REFERENCE_LANGUAGE);

describe.each(LANGUAGES.filter((l) => l.code !== REFERENCE_LANGUAGE))('locale $code', ({ code }) => {
  const translation = load(code);

  it('has every namespace and key of the reference language', () => {
    for (const [ns, keys] of Object.entries(reference)) {
      const have = new Set(Object.keys(translation[ns] ?? {}).map(baseKey));
      const missing = Object.keys(keys).map(baseKey).filter((k) => !have.has(k));
      expect(missing, `${code}/${ns}.json`).toEqual([]);
    }
  });

  it('has no keys the reference language lacks', () => {
    for (const [ns, keys] of Object.entries(translation)) {
      const have = new Set(Object.keys(reference[ns] ?? {}).map(baseKey));
      expect(Object.keys(keys).map(baseKey).filter((k) => !have.has(k)), `${code}/${ns}.json`).toEqual([]);
    }
  });

  it('uses the same interpolation placeholders as the reference language', () => {
    for (const [ns, keys] of Object.entries(reference)) {
      for (const [key, text] of Object.entries(keys)) {
        const other = translation[ns]?.[key];
        if (other !== undefined) expect(placeholders(other), `${code}/${ns}:${key}`).toEqual(placeholders(text));
      }
    }
  });
});

it('every language folder is offered in the language list, and every offered language has a folder', () => {
  const folders = readdirSync(LOCALES).sort();
  expect(LANGUAGES.map((l) => l.code).sort()).toEqual(folders);
});
