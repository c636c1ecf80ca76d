// A sheet for a translation review: every key of the chosen namespaces, with the Dutch source,
// the English, the translation and an empty column for the reviewer's back translation.
// `npx tsx scripts/review-sheet.ts <lang> [namespace...] > sheet.md` (default: topics plan review)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [language, ...chosen] = process.argv.slice(2);
if (!language) {
  console.error('usage: npx tsx scripts/review-sheet.ts <lang> [namespace...]');
  process.exit(1);
}
const namespaces = chosen.length ? chosen : ['topics', 'plan', 'review'];
const LOCALES = resolve(import.meta.dirname, '../locales');

function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [];
}
const load = (code: string, ns: string) => new Map(flatten(JSON.parse(readFileSync(resolve(LOCALES, code, `${ns}.json`), 'utf8'))));
const cell = (text: string | undefined) => (text ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');

for (const ns of namespaces) {
  const nl = load('nl', ns);
  const en = load('en', ns);
  const target = load(language, ns);
  console.log(`## ${language}/${ns}.json\n`);
  console.log(`| key | nl (source) | en | ${language} | back translation (reviewer) | ok / change |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [key, text] of target) {
    if (key.includes('.sources[') || key.startsWith('recognise.sources')) continue; // citations, not prose
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    console.log(`| ${key} | ${cell(nl.get(key) ?? nl.get(`${base}_other`))} | ${cell(en.get(key) ?? en.get(`${base}_other`))} | ${cell(text)} |  |  |`);
  }
  console.log('');
}
