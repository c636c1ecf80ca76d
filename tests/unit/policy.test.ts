// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../lib/directory/services';
import { effectiveServices } from '../../lib/directory/effective';
import { directoryProblems } from '../../lib/directory/validate';
import { parsePolicy, POLICY_KEYS } from '../../lib/policy/parse';
import { readPolicy } from '../../lib/policy/read';
import { DEFAULT_POLICY } from '../../lib/policy/types';

const ids = new Set(SERVICES.map((s) => s.id));
const parse = (raw: unknown) => parsePolicy(raw, ids);
const EXTRA = { id: 'wijkteam', name: 'Wijkteam Utrecht', number: '030 286 00 00', needs: ['domestic-violence'], source: 'utrecht.nl 2026-11' };

describe('managed policy', () => {
  it('gives the defaults for no policy', () => {
    expect(parse(undefined)).toEqual({ policy: DEFAULT_POLICY, report: [] });
    expect(parse({})).toEqual({ policy: DEFAULT_POLICY, report: [] });
  });

  it('applies every valid value and reports it', () => {
    const { policy, report } = parse({
      cover: 'off',
      defaultLanguage: 'en',
      offeredLanguages: ['nl', 'en'],
      ephemeral: true,
      idleWipeMinutes: 10,
      safePage: 'https://www.knmi.nl/',
      extraServices: [EXTRA],
      hiddenServices: ['police'],
    });
    expect(policy).toMatchObject({ cover: 'off', defaultLanguage: 'en', ephemeral: true, idleWipeMinutes: 10, safePage: 'https://www.knmi.nl/' });
    expect(policy.extraServices[0]).toMatchObject({ id: 'extra-wijkteam', name: 'Wijkteam Utrecht' });
    expect(report.every((r) => r.status === 'applied')).toBe(true);
    expect(report.map((r) => r.key).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each([
    ['cover', 'sometimes', /"on", "off" or "default"/],
    ['defaultLanguage', 'fr', /not an offered language/],
    ['offeredLanguages', [], /non-empty list/],
    ['ephemeral', 'yes', /true or false/],
    ['idleWipeMinutes', 0, /1 to 240/],
    ['idleWipeMinutes', 2.5, /whole number/],
    ['safePage', 'http://example.org', /https:\/\//],
    ['safePage', 'javascript:alert(1)', /https:\/\//],
    ['extraServices', [{ ...EXTRA, number: '0800-CALL-NOW' }], /not a Dutch phone number/],
    ['extraServices', [{ ...EXTRA, source: '' }], /source/],
    ['extraServices', [{ ...EXTRA, needs: ['cooking'] }], /unknown need/],
    ['extraServices', [EXTRA, EXTRA], /same id/],
    ['hiddenServices', ['emergency'], /112 cannot be hidden/],
    ['hiddenServices', ['nope'], /not a service/],
    ['colour', 'red', /not a setting/],
  ])('refuses %s = %j with a reason, keeps its default and changes nothing else', (key, value, reason) => {
    const other = key === 'ephemeral' ? { cover: 'on' } : { ephemeral: true };
    const { policy, report } = parse({ ...other, [key]: value });
    expect(report.find((r) => r.key === key)).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
    expect(policy).toMatchObject(other);
    if (key in DEFAULT_POLICY) expect(policy[key as keyof typeof policy]).toEqual(DEFAULT_POLICY[key as keyof typeof DEFAULT_POLICY]);
  });

  it('refuses a policy that is not an object', () => {
    expect(parse('x').report).toEqual([expect.objectContaining({ status: 'refused' })]);
    expect(parse([1]).policy).toEqual(DEFAULT_POLICY);
  });

  it('never throws, whatever the administrator wrote', () => {
    for (const raw of [null, 1, 'x', [], { extraServices: [null, 1] }, { hiddenServices: 'x' }, { offeredLanguages: [null] }]) {
      expect(() => parse(raw)).not.toThrow();
    }
  });

  it('offers the default language even when the offered list forgets it', () => {
    expect(parse({ defaultLanguage: 'en', offeredLanguages: ['nl'] }).policy.offeredLanguages).toEqual(['en', 'nl']);
  });

  it('reads no policy as the defaults, also when the browser rejects (Firefox without a policy)', async () => {
    const rejecting = { managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } };
    expect((await readPolicy(rejecting, ids)).policy).toEqual(DEFAULT_POLICY);
    expect((await readPolicy({}, ids)).policy).toEqual(DEFAULT_POLICY);
  });

  it('the committed managed_schema.json describes exactly the settings the parser knows', () => {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('the example policies in docs/ are valid and fully applied', () => {
    const chrome = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/deploy/chromium-policy.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/deploy/firefox-policies.json'), 'utf8'));
    const chromeValues = Object.values(chrome['3rdparty'].extensions)[0];
    const firefoxValues = Object.values(firefox.policies['3rdparty'].Extensions)[0];
    for (const values of [chromeValues, firefoxValues]) {
      expect(parse(values).report.filter((r) => r.status === 'refused')).toEqual([]);
    }
  });
});

describe('the directory with a policy', () => {
  it('hides services and adds regional ones that pass the same validation', () => {
    const { policy } = parse({ hiddenServices: ['police'], extraServices: [EXTRA] });
    const services = effectiveServices(SERVICES, policy);
    expect(services.map((s) => s.id)).not.toContain('police');
    expect(services.at(-1)).toMatchObject({ id: 'extra-wijkteam', phones: [{ display: '030 286 00 00', dial: '0302860000' }] });
    expect(directoryProblems(services)).toEqual([]);
  });
});
