import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The licence notices of the third-party code a build bundles. A Vite plugin notes which
 * packages under node_modules end up in the output (tree-shaken modules do not count), and the
 * notices file is written from each package's own package.json and licence text. The file
 * names only the libraries, so it is the same in both flavours.
 */
export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** `/x/node_modules/@scope/name/dist/a.js` → `@scope/name`; undefined for the project's own files. */
export function packageOfModule(id: string): string | undefined {
  const path = id.replace(/\\/g, '/').replace(/^\0/, '');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  if (!first) return undefined;
  return first.startsWith('@') ? `${first}/${second}` : first;
}

interface RenderedChunk {
  type: 'chunk' | 'asset';
  modules?: Record<string, { renderedLength: number }>;
}

/** Collects the bundled packages of every Vite build of one WXT run into `packages`. */
export function bundledPackagesCollector(packages: Set<string>) {
  return {
    name: 'bundled-packages',
    generateBundle(_options: unknown, bundle: Record<string, RenderedChunk>) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.modules) continue;
        for (const [id, module] of Object.entries(output.modules)) {
          const name = packageOfModule(id);
          if (name && module.renderedLength > 0) packages.add(name);
        }
      }
    },
  };
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/**
 * Packages published without a licence file whose licence is the one of the monorepo they come
 * from (checked: same repository, author and licence field).
 */
const LICENCE_OF_MONOREPO: Record<string, string> = { '@wxt-dev/browser': 'wxt', '@wxt-dev/storage': 'wxt' };

function licenceText(nodeModules: string, name: string): string {
  const dir = join(nodeModules, LICENCE_OF_MONOREPO[name] ?? name);
  const file = readdirSync(dir).find((entry) => LICENCE_FILE.test(entry));
  if (!file) throw new Error(`${name} is bundled but ships no licence file; add its notice by hand`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/** The notices file for the given packages, read from `nodeModules`. */
export function noticesText(packages: Iterable<string>, nodeModules: string): string {
  const names = [...new Set(packages)].sort();
  const sections = names.map((name) => {
    const dir = join(nodeModules, name);
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`bundled package ${name} not found in ${nodeModules}`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string; homepage?: string };
    const header = [`${name} ${pkg.version}`, `License: ${pkg.license ?? 'see below'}`, ...(pkg.homepage ? [`Home: ${pkg.homepage}`] : [])];
    return `${header.join('\n')}\n\n${licenceText(nodeModules, name)}`;
  });
  const intro = 'This extension includes the following third-party software, each under its own licence.';
  const rule = `\n\n${'='.repeat(72)}\n\n`;
  return `${intro}${rule}${sections.join(rule)}\n`;
}
