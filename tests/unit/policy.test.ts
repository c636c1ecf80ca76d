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
      coverCode: '2580',
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
    ['coverCode', '12a4', /4 to 12 digits/],
    ['coverCode', 1234, /4 to 12 digits/],
    ['extraServices', [{ ...EXTRA, cost: 'cheap' }], /"free" or "paid"/],
  ])('refuses %s = %j with a reason, keeps its default and changes nothing else', (key, value, reason) => {
    const other = key === 'ephemeral' ? { cover: 'on' } : { ephemeral: true };
    const { policy, report } = parse({ ...other, [key]: value });
    expect(report.find((r) => r.key === key)).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
    expect(policy).toMatchObject(other);
    if (key in DEFAULT_POLICY) expect(policy[key as keyof typeof policy]).toEqual(DEFAULT_POLICY[key as keyof typeof DEFAULT_POLICY]);
  });

  it.each([
    ['right-to-left override', '\u202E0800-2000'],
    ['left-to-right isolate', 'Wijkteam \u2066Utrecht\u2069'],
    ['zero-width space', 'Wijk\u200Bteam'],
    ['zero-width joiner', 'Wijk\u200Dteam'],
    ['right-to-left mark', 'Wijkteam\u200F'],
    ['byte order mark', '\uFEFFWijkteam'],
    ['Arabic letter mark', 'Wijkteam\u061C'],
    // issue 26: every format character (Cf) and the invisible characters that are not Cf
    ['tag character', 'Wijkteam\u{E0041}\u{E0042}'],
    ['cancel tag', 'Wijkteam\u{E007F}'],
    ['line separator', 'Wijk\u2028team'],
    ['paragraph separator', 'Wijk\u2029team'],
    ['variation selector', 'Wijkteam\uFE0F'],
    ['supplementary variation selector', 'Wijkteam\u{E0100}'],
    ['combining grapheme joiner', 'Wijk\u034Fteam'],
    ['Hangul filler', 'Wijk\u3164team'],
    ['halfwidth Hangul filler', 'Wijk\uFFA0team'],
    ['Mongolian vowel separator', 'Wijk\u180Eteam'],
    ['interlinear annotation anchor', 'Wijk\uFFF9team'],
    ['invisible times', 'Wijk\u2062team'],
    ['soft hyphen', 'Wijk\u00ADteam'],
  ])('refuses a policy text with a %s', (_, name) => {
    const { policy, report } = parse({ extraServices: [{ ...EXTRA, name }], defaultLanguage: 'en' });
    expect(policy.defaultLanguage).toBe('en');
    expect(policy.extraServices).toEqual([]);
    expect(report.find((r) => r.key === 'extraServices')).toMatchObject({ status: 'refused', reasonCode: 'hiddenCharacters' });
    expect(report.find((r) => r.key === 'extraServices')?.reason).toMatch(/extraServices #1 name contains invisible or direction-changing characters/);
  });

  it('keeps Arabic and Turkish letters in policy texts', () => {
    const { policy } = parse({ extraServices: [{ ...EXTRA, name: 'مركز المساعدة / Yardım Merkezi' }] });
    expect(policy.extraServices[0]?.name).toBe('مركز المساعدة / Yardım Merkezi');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('does not take the inherited property %s for a setting', (key) => {
    const raw = JSON.parse(`{"${key}": {"x": 1}, "ephemeral": true}`);
    const { policy, report } = parse(raw);
    expect(report.find((r) => r.key === key)).toMatchObject({ status: 'refused', reasonCode: 'unknownSetting' });
    expect(policy.ephemeral).toBe(true);
    expect(report.filter((r) => r.status === 'applied').map((r) => r.key)).toEqual(['ephemeral']);
  });

  it('reads an extra service\'s fields as its own properties only', () => {
    const service = Object.create({ source: 'inherited', needs: ['domestic-violence'] });
    Object.assign(service, { id: 'x', name: 'X', number: '0800-2000' });
    expect(parse({ extraServices: [service] }).report[0]).toMatchObject({ status: 'refused' });
  });

  it('gives every refusal a code the About screen can translate, with the English text alongside', () => {
    const { report } = parse({ cover: 'x', idleWipeMinutes: 0, constructor: 1 });
    for (const entry of report) {
      expect(entry.reasonCode).toBeTruthy();
      expect(entry.reason).not.toMatch(/\{\{/);
    }
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

  it.each([
    ['24/7', '24/7'],
    ['24 / 7', '24/7'],
    ['24x7', '24/7'],
    ['ma-vr 9-17', 'fixed'],
  ])('shows hours "%s" as %s, like the built-in services', (hours, shown) => {
    const { policy } = parse({ extraServices: [{ ...EXTRA, hours }] });
    expect(effectiveServices([], policy)[0]?.hours).toBe(shown);
  });

  it.each([
    ['0800-2000', undefined, 'free'],
    ['0900 1234567', undefined, 'paid'],
    ['030 286 00 00', undefined, 'check'],
    ['030 286 00 00', 'free', 'free'],
    ['0800-2000', 'paid', 'paid'],
  ])('gives %s (cost in the policy: %s) the cost %s', (number, cost, shown) => {
    const { policy } = parse({ extraServices: [{ ...EXTRA, number, ...(cost ? { cost } : {}) }] });
    expect(effectiveServices([], policy)[0]?.phones[0]?.cost).toBe(shown);
  });
});
