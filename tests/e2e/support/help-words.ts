/**
 * Words that say what is behind the calculator, in the six languages (and the project's own
 * name). Someone checking the computer who reads one of them where a calculator should be
 * has found the help. Stems, so that inflected forms count too.
 */
export const HELP_WORDS: readonly string[] = [
  // the project, services and features by name
  'stille hulp', 'stillehulp', 'stille-hulp', 'veilig thuis', 'veiligthuis', 'quick exit', 'quickexit', 'quick-exit', 'snel weg',
  'safety plan', 'safetyplan', 'safety-plan', 'veiligheidsplan', 'safe page', 'safepage', 'safe-page', 'hotline',
  // nl
  'hulp', 'geweld', 'mishandel', 'huiselijk', 'vrouwenopvang', 'misbruik',
  // en
  'help', 'violence', 'abuse', 'domestic', 'shelter',
  // tr
  'yardım', 'şiddet', 'istismar',
  // ar
  'مساعدة', 'عنف', 'إساءة',
  // pl
  'pomoc', 'przemoc',
  // uk
  'допомог', 'насильств',
];

/** JavaScript bundles write most non-ASCII text as \u escapes: read them as the text they are. */
export function unescapeJs(text: string): string {
  return text
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The help words found in `text` (case-insensitive, escapes decoded), each once. */
export function helpWordsIn(text: string): string[] {
  // Lower-cased Turkish İ keeps a combining dot: drop it, so ŞİDDET reads as şiddet.
  const plain = unescapeJs(text).toLocaleLowerCase('en').replace(/\u0307/g, '');
  return HELP_WORDS.filter((word) => plain.includes(word));
}
