// npm run translations -- <command>
//   check                         stale, unrecorded and orphaned keys per language (exit 1 if any)
//   list <lang> [stale|drafts|unrecorded]   the keys with their Dutch and translated text, for a reviewer
//   record-new                    a draft record for every translated key that has none (never moves a stale key)
//   retranslated <lang> <key…>    the translator redid these keys from today's Dutch: draft, made from it
//   sign <lang> --by "<review doc (date)>" <key…|--all-drafts>   an independent reviewer checked these keys
import { compare, readRecords, readTexts, recordNew, REFERENCE, sign, TRANSLATED, writeRecords } from './records';

const [command, ...args] = process.argv.slice(2);
const reference = readTexts(REFERENCE);
const languageArg = () => {
  const language = args.shift();
  if (!language || !(TRANSLATED as readonly string[]).includes(language)) throw new Error(`Name a language: ${TRANSLATED.join(', ')}`);
  return language;
};

switch (command) {
  case 'check': {
    let failed = false;
    for (const language of TRANSLATED) {
      const f = compare(reference, readTexts(language), readRecords(language));
      failed ||= f.stale.length + f.unrecorded.length + f.orphaned.length > 0;
      console.log(`${language}: ${f.stale.length} stale, ${f.unrecorded.length} unrecorded, ${f.orphaned.length} orphaned, ${f.drafts.length} drafts`);
      for (const key of f.stale) console.log(`  stale: ${key}`);
      for (const key of f.unrecorded) console.log(`  unrecorded: ${key}`);
      for (const key of f.orphaned) console.log(`  orphaned: ${key}`);
    }
    process.exitCode = failed ? 1 : 0;
    break;
  }
  case 'list': {
    const language = languageArg();
    const kind = (args[0] ?? 'drafts') as 'stale' | 'drafts' | 'unrecorded';
    const translation = readTexts(language);
    const english = readTexts('en');
    for (const key of compare(reference, translation, readRecords(language))[kind]) {
      const lines = [`### ${key}`, `- nl: ${reference[key]?.join(' | ')}`];
      if (language !== 'en') lines.push(`- en: ${(english[key] ?? []).join(' | ')}`);
      console.log(`${[...lines, `- ${language}: ${translation[key]?.join(' | ')}`].join('\n')}\n`);
    }
    break;
  }
  case 'record-new':
    for (const language of TRANSLATED) {
      const { records, added } = recordNew(reference, readTexts(language), readRecords(language));
      writeRecords(language, records);
      console.log(`${language}: ${added.length} new draft records`);
    }
    break;
  case 'retranslated': {
    const language = languageArg();
    writeRecords(language, sign(reference, readRecords(language), args, { review: 'draft' }));
    break;
  }
  case 'sign': {
    const language = languageArg();
    const byAt = args.indexOf('--by');
    if (byAt < 0 || !args[byAt + 1]) throw new Error('Say where the review is written: --by "review-tr.md (2026-12-07)"');
    const by = args.splice(byAt, 2)[1];
    const records = readRecords(language);
    const keys = args.includes('--all-drafts') ? compare(reference, readTexts(language), records).drafts : args;
    writeRecords(language, sign(reference, records, keys, { review: 'reviewed', by }));
    console.log(`${language}: ${keys.length} keys signed`);
    break;
  }
  default:
    console.error('usage: npm run translations -- check | list <lang> [stale|drafts|unrecorded] | record-new | retranslated <lang> <key…> | sign <lang> --by "<doc (date)>" <key…|--all-drafts>');
    process.exitCode = 2;
}
