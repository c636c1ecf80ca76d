// One-off: the first translation records, reconstructed from git history (see docs/translations.md).
// A key that the independent review of 2026-11-29 saw, unchanged since, was made from the Dutch
// of the review and is 'reviewed'; any other key was made from the Dutch of the commit that last
// changed its translation and is a 'draft'.
import { execFileSync } from 'node:child_process';
import { hashOf, readTexts, REFERENCE, textsOf, TRANSLATED, writeRecords, type Records, type Texts } from './records';

const REVIEW_MERGES: Record<string, string> = { tr: '8a5e6f1', ar: '8a5e6f1', pl: '570b0b6', uk: '570b0b6' };
const REVIEW_DOC: Record<string, string> = { tr: 'review-tr.md', ar: 'review-ar.md', pl: 'review-pl.md', uk: 'review-uk.md' };
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });

function textsAt(commit: string, language: string): Texts {
  if (!git('ls-tree', '--name-only', commit, `locales/${language}`).trim()) return {};
  const names = git('ls-tree', '--name-only', `${commit}:locales/${language}`).split('\n').filter((f) => f.endsWith('.json'));
  return textsOf(Object.fromEntries(names.map((f) => [f.slice(0, -5), JSON.parse(git('show', `${commit}:locales/${language}/${f}`))])));
}
const same = (a?: string[], b?: string[]) => !!a && !!b && a.join('\u0000') === b.join('\u0000');

for (const language of TRANSLATED) {
  const now = readTexts(language);
  const records: Records = {};
  const merge = REVIEW_MERGES[language];
  let seen: Texts = {};
  // Main's own line of commits: a side branch's older texts must not count as a new translation.
  const commits = git('rev-list', '--reverse', '--first-parent', 'HEAD', '--', `locales/${language}`, `locales/${REFERENCE}`).split('\n').filter(Boolean);
  for (const commit of commits) {
    const texts = textsAt(commit, language);
    const dutch = textsAt(commit, REFERENCE);
    for (const [key, value] of Object.entries(texts)) {
      if (!same(seen[key], value) && dutch[key]) records[key] = { from: hashOf(dutch[key]), review: 'draft' };
    }
    seen = texts;
    if (merge && commit.startsWith(merge)) {
      // What the reviewer saw, against the Dutch the reviewer compared it with.
      const reviewed = textsAt(`${merge}^2`, language);
      const dutchThen = textsAt(`${merge}^2`, REFERENCE);
      for (const [key, value] of Object.entries(texts)) {
        if (same(reviewed[key], value) && dutchThen[key]) records[key] = { from: hashOf(dutchThen[key]), review: 'reviewed', by: `${REVIEW_DOC[language]} (2026-11-29)` };
      }
    }
  }
  for (const key of Object.keys(records)) if (!same(seen[key], now[key])) delete records[key];
  writeRecords(language, records);
  console.log(language, Object.keys(records).length);
}
