// Copies the store listings of both flavours (docs/store/<flavour>.<lang>.md) into the release
// folder with this version's release notes from CHANGELOG.md, and checks that the version in
// package.json is the newest in the changelog:
//   npx tsx scripts/release-listing.ts <release folder>
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog } from '../lib/release/parse-changelog';

const out = process.argv[2] ?? '.output/release';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const [current] = parseChangelog(readFileSync('CHANGELOG.md', 'utf8'));
if (!current || current.version !== version) {
  console.error(`CHANGELOG.md's newest entry is ${current?.version ?? 'missing'}, package.json says ${version}: add the changes first`);
  process.exit(1);
}
const notes = `${current.version} (${current.date})\n\n${current.changes.map((c) => `- ${c}`).join('\n')}\n`;
for (const flavour of ['open', 'disguised']) {
  const dir = join(out, 'listing', flavour);
  mkdirSync(dir, { recursive: true });
  for (const lang of ['nl', 'en']) copyFileSync(join('docs/store', `${flavour}.${lang}.md`), join(dir, `${lang}.md`));
  writeFileSync(join(dir, 'release-notes.txt'), notes);
}
copyFileSync('docs/store/README.md', join(out, 'listing', 'README.md'));
console.log(`listings and release notes of ${version} in ${join(out, 'listing')}`);
