import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAVOURS, GECKO_IDS, INSTALL_PERMISSIONS, optionalPermissions } from '../../lib/build/manifest';
import { allVariables, submitPlan } from '../../lib/release/submit';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('store listings', () => {
  const permissions = [...INSTALL_PERMISSIONS, ...new Set([...optionalPermissions('chrome'), ...optionalPermissions('firefox')])];

  for (const flavour of FLAVOURS) {
    for (const lang of ['nl', 'en'] as const) {
      const file = `docs/store/${flavour}.${lang}.md`;
      it(`${file} has every part a store asks for and justifies every permission`, () => {
        expect(existsSync(resolve(ROOT, file))).toBe(true);
        const text = read(file);
        const parts = lang === 'en'
          ? ['## Summary', '## Description', '## Single purpose', '## Permission justifications', '## Privacy practices', '## Notes for the reviewer']
          : ['## Samenvatting', '## Beschrijving', '## Eén doel', '## Waarom elke toestemming', '## Privacy', '## Voor de beoordelaar'];
        for (const part of parts) expect(text).toContain(part);
        for (const permission of permissions) expect(text).toMatch(new RegExp(`^\\| \`${permission}\``, 'm'));
        const summary = text.split(/^## (?:Summary|Samenvatting).*$/m)[1]!.trim().split('\n')[0]!;
        expect(summary.length).toBeLessThanOrEqual(132);
      });
    }
  }

  it('the disguised listing is unlisted, says plainly what it is and gives the reviewer a code', () => {
    const en = read('docs/store/disguised.en.md');
    const nl = read('docs/store/disguised.nl.md');
    expect(en).toContain('**unlisted**');
    expect(nl).toContain('**niet vermeld**');
    expect(en).toContain('a working calculator in front of help for people facing violence at home');
    expect(nl).toContain('een werkende rekenmachine met daarachter hulp voor mensen die met geweld in huis');
    expect(en).toMatch(/Test code: `\d{4,12}`/);
    expect(nl).toMatch(/Testcode: `\d{4,12}`/);
  });

  it('Dutch listings address the reader with je/jij, never u/uw', () => {
    for (const flavour of FLAVOURS) expect(read(`docs/store/${flavour}.nl.md`)).not.toMatch(/\b(u|uw)\b/);
  });
});

describe('publishing with wxt submit', () => {
  const env = {
    CHROME_CLIENT_ID: 'c-id', CHROME_CLIENT_SECRET: 'c-secret', CHROME_REFRESH_TOKEN: 'c-token',
    FIREFOX_JWT_ISSUER: 'f-iss', FIREFOX_JWT_SECRET: 'f-secret',
    EDGE_CLIENT_ID: 'e-id', EDGE_API_KEY: 'e-key',
    DISGUISED_CHROME_EXTENSION_ID: 'abcdefghijklmnopabcdefghijklmnop', DISGUISED_EDGE_PRODUCT_ID: 'edge-product',
  };

  it('the disguised flavour goes to AMO unlisted, with its neutral packages and its own store ids', () => {
    const plan = submitPlan('disguised', '1.2.3', ['chrome', 'firefox', 'edge'], env);
    expect(plan.missing).toEqual([]);
    expect(plan.args.join(' ')).toBe(
      'wxt submit --chrome-zip .output/release/calculator-1.2.3-chrome.zip' +
        ' --firefox-zip .output/release/calculator-1.2.3-firefox.zip --firefox-sources-zip .output/release/calculator-1.2.3-sources.zip' +
        ` --firefox-extension-id ${GECKO_IDS.disguised} --firefox-channel unlisted` +
        ' --edge-zip .output/release/calculator-1.2.3-chrome.zip',
    );
    expect(plan.env).toMatchObject({ CHROME_EXTENSION_ID: 'abcdefghijklmnopabcdefghijklmnop', EDGE_PRODUCT_ID: 'edge-product', FIREFOX_JWT_SECRET: 'f-secret' });
    // Secrets travel in the environment, never on the command line.
    for (const secret of ['c-secret', 'c-token', 'f-secret', 'e-key']) expect(plan.args.join(' ')).not.toContain(secret);
  });

  it('the open flavour is listed on AMO and names every variable that is missing', () => {
    const plan = submitPlan('open', '1.2.3', ['firefox', 'chrome'], { FIREFOX_JWT_ISSUER: 'x' });
    expect(plan.args).toContain('listed');
    expect(plan.missing).toEqual(['FIREFOX_JWT_SECRET', 'CHROME_CLIENT_ID', 'CHROME_CLIENT_SECRET', 'CHROME_REFRESH_TOKEN', 'OPEN_CHROME_EXTENSION_ID']);
  });

  it('docs/store/README.md documents every variable of both flavours', () => {
    const guide = read('docs/store/README.md');
    for (const flavour of FLAVOURS) for (const name of allVariables(flavour)) expect(guide).toContain(`\`${name}\``);
  });
});

describe('the lock file installs on Linux, macOS and Windows', () => {
  it('records the platform package of every optional dependency that has one', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!/darwin|win32|linux/.test(name)) continue;
        const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
    for (const platform of ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-x64']) {
      expect(Object.keys(lock.packages).some((p) => p.includes(`@esbuild/${platform}`))).toBe(true);
    }
  });

  it("package.json's engines agree with the README", () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20.19');
    expect(read('README.md')).toContain('Node.js 20.19 or newer');
  });
});
