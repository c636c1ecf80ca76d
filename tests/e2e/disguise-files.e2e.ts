import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralChunkName } from '../../lib/build/chunk-names';
import { PACKAGE_NAMES } from '../../lib/build/manifest';
// The renames' own module: lib/storage-migration pulls in WXT's storage, which needs a browser.
import { RENAMED_LOCAL_KEYS } from '../../lib/storage-renames';
import { QUICK_EXIT_COMMANDS } from '../../lib/quick-exit/shortcut';
import { HANDOFF_TYPE, PLAN_VAULT_LOCAL_KEY } from '../../lib/vault/handoff';
import { builtExtension } from './support/paths';
import { HELP_WORDS, helpWordsIn } from './support/help-words';

/**
 * The help itself has to ship in the extension's files; these chunks hold it, and load only
 * once the code was typed (or the setup opened). Named by their source module; the disguised
 * build numbers them (lib/build/chunk-names.ts). Everything else must not name help.
 */
const HELP_CHUNKS = [
  'help', // the hub and the directory of services, loaded once the code was typed (entrypoints/popup/help.tsx)
  'nl', 'en', 'tr', 'ar', 'pl', 'uk', // each language's texts
  'topics', 'TopicsScreen', 'PlanScreen', 'log', 'OpenSiteDialog', 'SettingsScreen', 'AboutInstallation',
  'SafetyCheckScreen', // the safety check (components/safety), reached from the hub
];
const ALLOWED = new Set(HELP_CHUNKS.map(neutralChunkName));

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const chunkName = (path: string) => /^chunks\/(.+)-[\w-]{8}\.js$/.exec(path)?.[1];

describe.each(['chrome', 'firefox'] as const)('the disguised package for %s, file by file', (browser) => {
  const dir = builtExtension(browser, 'disguised');

  it('was built', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir}: run FLAVOURS=disguised bash scripts/build.sh`).toBe(true);
  });

  it('names no help in any file or file name, except the chunks that hold the help itself', () => {
    const found: Record<string, string[]> = {};
    const checked: string[] = [];
    for (const file of walk(dir)) {
      const path = relative(dir, file);
      const words = [...helpWordsIn(path), ...(/\.png$/.test(path) ? [] : helpWordsIn(readFileSync(file, 'utf8')))];
      const chunk = chunkName(path);
      if (chunk !== undefined && ALLOWED.has(chunk) && !helpWordsIn(path).length) continue;
      checked.push(path);
      if (words.length) found[path] = [...new Set(words)];
    }
    expect(found).toEqual({});
    // The files a person meets first are among those checked.
    expect(checked).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'background.js', '_locales/nl/messages.json']));
  });

  it('the files a checker opens first name no flavour, cover code, policy, terminal or visitor', () => {
    // popup.html, the popup's entry script (the first one DevTools shows) and the background
    // script: the flavour is decided at build time, so the disguised build drops the policy and
    // public-terminal logic instead of carrying it unused (issue 26).
    const entry = readFileSync(join(dir, 'popup.html'), 'utf8').match(/src="\/(chunks\/popup-[\w-]+\.js)"/)?.[1];
    expect(entry, 'popup.html loads its entry chunk').toBeDefined();
    const found: Record<string, string[]> = {};
    for (const path of ['popup.html', entry!, 'background.js']) {
      const words = readFileSync(join(dir, path), 'utf8').match(/disguised|covercode|ephemeral|policy|policies|visitor/gi) ?? [];
      if (words.length) found[path] = [...new Set(words)];
    }
    expect(found).toEqual({});
  });

  it('the allow-list is short and every entry in it is a real chunk', () => {
    const names = walk(join(dir, 'chunks')).map((f) => chunkName(relative(dir, f)));
    for (const allowed of ALLOWED) expect(names, allowed).toContain(allowed);
    expect(ALLOWED.size).toBeLessThanOrEqual(15);
  });

  it('ships no managed-storage schema and the calculator setup chunks name no help', () => {
    expect(existsSync(join(dir, 'managed_schema.json'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { storage?: unknown; commands: Record<string, unknown> };
    expect(manifest.storage).toBeUndefined();
    expect(Object.keys(manifest.commands)).toEqual([...QUICK_EXIT_COMMANDS]);
  });
});

describe('what the extension writes and sends, by name', () => {
  // The registered storage keys are checked in tests/unit/storage-migration.test.ts (it needs
  // WXT's fake browser); the keys a real run writes, in disguise.suite.ts.
  it('no key written directly, command id or message type names help (old keys are known only by hash)', () => {
    const names = [
      PLAN_VAULT_LOCAL_KEY,
      ...Object.values(RENAMED_LOCAL_KEYS),
      ...Object.keys(RENAMED_LOCAL_KEYS),
      ...QUICK_EXIT_COMMANDS,
      HANDOFF_TYPE,
      'clear', 'try-clear', 'open-page', 'open-page-when-permitted', 'own-window', 'print-window.js',
      PACKAGE_NAMES.disguised,
    ];
    const flagged = names.filter((n) => helpWordsIn(n).length || /plan|vault|exit|safe|cover|track/i.test(n));
    expect(flagged).toEqual([]);
  });

  it('the word list catches help in every language, also written as escapes', () => {
    expect(helpWordsIn('"\\u0639\\u0646\\u0641"')).toEqual(['عنف']);
    expect(helpWordsIn('Допомога')).toEqual(['допомог']);
    expect(helpWordsIn('ŞİDDET')).toEqual(['şiddet']);
    expect(HELP_WORDS.length).toBeGreaterThan(30);
  });
});
