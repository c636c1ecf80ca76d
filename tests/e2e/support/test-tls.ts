import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway certificate for the tests' help sites (`*.test`, help-site.ts). The shipped code
 * opens only ordinary https sites (lib/directory/help-url.ts), so the test sites are https too:
 * the proxy (network-log.ts) ends TLS with this certificate and passes the plain request on to
 * the site's local server. The test browsers accept it because they are told to ignore
 * certificate errors (`--ignore-certificate-errors`, Firefox `acceptInsecureCerts`); nothing
 * in the extension knows about it. Made once per test process with openssl.
 */
let made: { key: Buffer; cert: Buffer } | null = null;

export function testCertificate(): { key: Buffer; cert: Buffer } {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'sh-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=hulp.test', '-addext', 'subjectAltName=DNS:*.test'], {
    stdio: 'ignore',
  });
  made = { key: readFileSync(key), cert: readFileSync(cert) };
  return made;
}
