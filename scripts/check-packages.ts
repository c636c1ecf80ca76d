// Checks the installable packages as the stores will see them:
//   npx tsx scripts/check-packages.ts [folder...]   (default: .output/open .output/disguised)
// - every extension zip carries THIRD_PARTY_NOTICES.txt, and the disguised one's names no help;
// - Mozilla's addons-linter (what AMO runs on every upload) reports no error and no warning on
//   every Firefox zip.
// Exits 1 with the reasons when a check fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NOTICES_FILE } from '../lib/build/third-party-notices';

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['.output/open', '.output/disguised'];
const HELP_WORDS = /help|hulp|geweld|violence|abuse|veilig/i;
const problems: string[] = [];

interface LinterMessage { code: string; message: string; file?: string }
interface LinterReport { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }

function lint(zip: string): void {
  const run = spawnSync('npx', ['addons-linter', '--output', 'json', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: LinterReport;
  try {
    report = JSON.parse(run.stdout) as LinterReport;
  } catch {
    problems.push(`${zip}: addons-linter gave no report (${run.stderr.trim().slice(0, 300)})`);
    return;
  }
  const found = [...report.errors, ...report.warnings];
  for (const m of found) problems.push(`${zip}: addons-linter ${m.code} ${m.file ?? ''}: ${m.message}`);
  for (const m of report.notices) console.log(`   notice ${m.code} ${m.file ?? ''}: ${m.message}`);
  console.log(`   addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
}

const zips = folders.flatMap((folder) =>
  readdirSync(folder).filter((f) => f.endsWith('.zip') && !f.endsWith('-sources.zip')).map((f) => join(folder, f)),
);
if (zips.length === 0) problems.push(`no extension zips in ${folders.join(', ')}; build first`);
for (const zip of zips) {
  console.log(`== ${zip}`);
  const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
  if (!files.includes(NOTICES_FILE)) {
    problems.push(`${zip}: no ${NOTICES_FILE}`);
  } else {
    const notices = execFileSync('unzip', ['-p', zip, NOTICES_FILE], { encoding: 'utf8' });
    for (const library of ['preact', 'i18next', 'webextension-polyfill']) {
      if (!notices.includes(`\n${library} `)) problems.push(`${zip}: ${NOTICES_FILE} lacks ${library}`);
    }
    if (!notices.includes('Mozilla Public License Version 2.0')) problems.push(`${zip}: ${NOTICES_FILE} lacks the MPL-2.0 text`);
    if (zip.includes('calculator-') && HELP_WORDS.test(notices)) problems.push(`${zip}: ${NOTICES_FILE} names help`);
    console.log(`   ${NOTICES_FILE}: present`);
  }
  if (zip.endsWith('-firefox.zip')) lint(zip);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nall ${zips.length} packages pass`);
