// `npm run bench`: speed and size figures of the built extension, as a table and as JSON.
// Figures are printed, never asserted: a noisy machine must not fail a build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { builtExtension } from '../tests/e2e/support/paths';
import { popupRender } from './bench/popup-render';
import { popupSize } from './bench/size';
import { quickExitTimes } from './bench/quick-exit';
import { quickExitKeyTimes } from './bench/quick-exit-key';
import { minimalExtension } from './bench/minimal-extension';
import { logTimes } from './bench/log';
import { vaultTimes } from './bench/vault';
import type { Figure } from './bench/stats';

const SECTIONS: Array<[string, () => Promise<Figure[]> | Figure[]]> = [
  ['size', () => popupSize(builtExtension('chrome'))],
  ['popup', () => popupRender()],
  ['vault', () => vaultTimes()],
  ['quick-exit', () => quickExitTimes()],
  // A real key on a private Xvfb display, the worker running and after it stopped on its own.
  ['quick-exit-key', () => quickExitKeyTimes()],
  // The same with a minimal extension that only closes the tab: the browser's own share.
  ['quick-exit-key-floor', () => quickExitKeyTimes(3, { path: minimalExtension(), label: 'floor (minimal extension)' })],
  ['log', () => logTimes()],
];

async function main() {
  if (!existsSync(builtExtension('chrome'))) execSync('bash scripts/build.sh', { stdio: 'inherit' });
  const only = process.argv.slice(2);
  const figures: Figure[] = [];
  for (const [name, measure] of SECTIONS) {
    if (only.length && !only.includes(name)) continue;
    figures.push(...(await measure()));
  }
  console.table(figures.map(({ name, value, unit, target, runs }) => ({ figure: name, value, unit, target: target ?? '', runs: runs ?? '' })));
  console.log(JSON.stringify({ date: new Date().toISOString(), figures }, null, 2));
}

await main();
