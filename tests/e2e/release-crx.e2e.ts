import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDir, removeDirs, ROOT } from './support/paths';

const script = join(ROOT, 'scripts/pack-crx.sh');
const idFromKey = (der: Buffer) =>
  [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

/** Self-hosting on Chrome/Edge: the deployment guide's packing script, with a throwaway key. */
describe('a self-hosted Chrome/Edge package (scripts/pack-crx.sh)', () => {
  const work = freshDir('crx');
  const key = join(work, 'throwaway.pem');
  const out = join(work, 'out');
  execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key], { stdio: 'ignore' });
  const publicKey = execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-outform', 'DER']);
  const { version } = JSON.parse(readFileSync(join(ROOT, '.output/open/chrome-mv3/manifest.json'), 'utf8')) as { version: string };
  afterAll(() => removeDirs(work));

  it('packs a signed CRX3 whose id, version and address match the update manifest', () => {
    const run = spawnSync('bash', [script, 'open', key, 'https://intranet.example/stille-hulp/', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const id = idFromKey(publicKey);
    expect(run.stdout).toContain(`extension id: ${id}`);

    const crx = readFileSync(join(out, `stille-hulp-${version}.crx`));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const header = crx.subarray(12, 12 + crx.readUInt32LE(8));
    // The header proves the package with this key, and names the id derived from it.
    expect(header.includes(publicKey)).toBe(true);
    const crxId = createHash('sha256').update(publicKey).digest().subarray(0, 16);
    expect(header.includes(crxId)).toBe(true);
    // After the header: the extension itself, as a zip with this version's manifest.
    const zip = join(work, 'payload.zip');
    writeFileSync(zip, crx.subarray(12 + crx.readUInt32LE(8)));
    const manifest = JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' })) as { version: string };
    expect(manifest.version).toBe(version);

    const updates = readFileSync(join(out, 'updates.xml'), 'utf8');
    expect(updates).toContain(`<app appid='${id}'>`);
    expect(updates).toContain(`codebase='https://intranet.example/stille-hulp/stille-hulp-${version}.crx' version='${version}'`);
  });

  it('refuses a signing key that lies inside the repository', () => {
    const inside = join(ROOT, '.output', 'throwaway-key.pem');
    writeFileSync(inside, readFileSync(key));
    try {
      const run = spawnSync('bash', [script, 'open', inside, 'https://intranet.example/', out], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('must stay out of it');
    } finally {
      removeDirs(inside);
    }
  });
});
