// Publishes one flavour to the stores with `wxt submit` (publish-browser-extension), from the
// packages `npm run release` made. See docs/store/README.md for the secrets it needs.
//   npm run publish-stores -- <open|disguised> [--dry-run] [--plan]
//   STORES="chrome firefox" limits the stores (default: chrome firefox edge); RELEASE_DIR says
//   where the packages are (default .output/release).
// --dry-run: `wxt submit --dry-run` (logs in to each store, uploads nothing).
// --plan: checks the packages and variables and prints the command; contacts no store.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { flavourFromEnv } from '../lib/build/manifest';
import { STORES, submitPlan, type Store } from '../lib/release/submit';

const [flavourArg, ...flags] = process.argv.slice(2);
if (flavourArg !== 'open' && flavourArg !== 'disguised') {
  console.error('Usage: npm run publish-stores -- <open|disguised> [--dry-run] [--plan]');
  process.exit(2);
}
const flavour = flavourFromEnv(flavourArg);
const stores = (process.env.STORES?.split(/\s+/).filter(Boolean) ?? [...STORES]) as Store[];
const unknown = stores.filter((s) => !STORES.includes(s));
if (unknown.length) {
  console.error(`STORES may hold ${STORES.join(', ')}; not ${unknown.join(', ')}`);
  process.exit(2);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const plan = submitPlan(flavour, version, stores, process.env, process.env.RELEASE_DIR ?? '.output/release');

const problems = [...plan.missing.map((name) => `environment variable ${name} is not set`)];
for (const [i, arg] of plan.args.entries()) {
  if (plan.args[i - 1]?.endsWith('-zip') && !existsSync(arg)) problems.push(`${arg} does not exist: run \`npm run release\` first`);
}
if (problems.length) {
  console.error(`Cannot publish ${flavour} ${version}:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
const args = [...plan.args, ...(flags.includes('--dry-run') ? ['--dry-run'] : [])];
console.log(`npx ${args.join(' ')}`);
console.log(`with ${Object.keys(plan.env).sort().join(', ')} from the environment (values not shown)`);
if (flags.includes('--plan')) process.exit(0);
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...plan.env } });
process.exit(run.status ?? 1);
