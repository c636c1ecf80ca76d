import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

const FAKE_ACCOUNT = { EDGE_CLIENT_ID: 'test-client', EDGE_API_KEY: 'test-key-not-real', DISGUISED_EDGE_PRODUCT_ID: 'test-product' };

function publish(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CHROME|FIREFOX|EDGE|OPEN|DISGUISED)_/.test(k)));
  return spawnSync('npx', ['tsx', 'scripts/publish.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 });
}

/**
 * The maintainers' publish command, as far as it runs without the stores: Edge Add-ons' API-key
 * login needs no network, so `wxt submit --dry-run` goes through completely for Edge; Chrome
 * and AMO log in over the network (not reachable here) and are covered by --plan.
 */
describe('publishing (npm run publish-stores)', () => {
  it('runs wxt submit --dry-run for the disguised package on Edge without uploading', () => {
    const run = publish(['disguised', '--dry-run'], { ...FAKE_ACCOUNT, STORES: 'edge', RELEASE_DIR: '.output/disguised' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('--edge-zip .output/disguised/calculator-');
    expect(run.stdout + run.stderr).toContain('DRY RUN: Skipped upload and publishing');
    expect(run.stdout + run.stderr).not.toContain('test-key-not-real');
  });

  it('names every missing secret and publishes nothing', () => {
    const run = publish(['open', '--dry-run'], { RELEASE_DIR: '.output/open' });
    expect(run.status).toBe(1);
    for (const name of ['CHROME_CLIENT_ID', 'CHROME_REFRESH_TOKEN', 'OPEN_CHROME_EXTENSION_ID', 'FIREFOX_JWT_SECRET', 'EDGE_API_KEY', 'OPEN_EDGE_PRODUCT_ID']) {
      expect(run.stderr).toContain(`environment variable ${name} is not set`);
    }
  });
});
