// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { billNote, deviceCanCall } from '../../lib/directory/calling';
import { CHECKED_ON } from '../../lib/directory/checked';
import { SERVICES } from '../../lib/directory/services';
import { readableSource } from '../../lib/directory/source-names';
import { browserLanguage, LANGUAGES, startLanguage } from '../../lib/i18n/languages';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  edgeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 15; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0',
  iPadDesktopMode: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
};
const media = (touch: boolean) => () => ({ matches: touch });

describe('where a tel: link may be offered', () => {
  it('never on a computer, also not on a touch-screen laptop', () => {
    expect(deviceCanCall({ userAgent: UA.chromeLinux, matchMedia: media(false) })).toBe(false);
    expect(deviceCanCall({ userAgent: UA.edgeWindows, matchMedia: media(true) })).toBe(false);
    expect(deviceCanCall({ userAgent: UA.firefoxMac })).toBe(false);
  });
  it('on a phone or tablet', () => {
    expect(deviceCanCall({ userAgent: UA.firefoxAndroid })).toBe(true);
    expect(deviceCanCall({ userAgent: UA.iPadDesktopMode, matchMedia: media(true) })).toBe(true);
  });
});

describe('what a call costs and whether it shows on the phone bill', () => {
  const note = (dial: string, cost: 'free' | 'paid' | 'check' = 'check') => billNote({ dial, cost });
  it('0800, 112 and 116 numbers are free and off the bill', () => {
    expect(['08002000', '112', '116111'].map((d) => note(d, 'free'))).toEqual(['off-bill', 'off-bill', 'off-bill']);
  });
  it('020, 033, 088 and +31 numbers cost call money and show on the bill, even for a free service', () => {
    expect(['0202615275', '0334481186', '0880767000', '+31247247247'].map((d) => note(d, 'free'))).toEqual(['on-bill', 'on-bill', 'on-bill', 'on-bill']);
  });
  it('0900: per minute where the reference says it is paid, otherwise "may cost"', () => {
    expect(note('09008020', 'paid')).toBe('per-minute');
    expect(note('09000101', 'check')).toBe('may-cost');
  });
  it('a short number nobody verified the cost of: "may cost"', () => {
    expect(note('113')).toBe('may-cost');
  });
  it('no number in the directory is called free unless it stays off the bill', () => {
    for (const s of SERVICES) for (const p of s.phones) if (!p.whatsapp && billNote(p) === 'off-bill') expect(p.dial).toMatch(/^(0800|112$|116)/);
  });
});

describe('sources a social worker can look up', () => {
  it('every source of the directory has an organisation and a kind of page', () => {
    for (const s of SERVICES) for (const source of s.source) expect(readableSource(source), `${s.id}: ${source}`).toBeDefined();
  });
  it('the checked date is a real day', () => {
    expect(CHECKED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(CHECKED_ON))).toBe(false);
  });
});

describe('the first language', () => {
  it("is the browser's own when it is one of the six", () => {
    expect(browserLanguage(['tr-TR', 'nl'], LANGUAGES)).toBe('tr');
    expect(browserLanguage(['de-DE', 'ar-MA'], LANGUAGES)).toBe('ar');
    expect(browserLanguage(['de-DE'], LANGUAGES)).toBeUndefined();
    expect(startLanguage(null, null, LANGUAGES, ['uk-UA'])).toBe('uk');
    expect(startLanguage(null, null, LANGUAGES, ['de-DE'])).toBe('nl');
  });
  it("gives way to her own choice and to the installation's default", () => {
    expect(startLanguage('en', null, LANGUAGES, ['tr'])).toBe('en');
    expect(startLanguage(null, 'pl', LANGUAGES, ['tr'])).toBe('pl');
  });
});

describe('a safe page typed as a bare domain', () => {
  it('becomes an https address; what is not a web address is refused', async () => {
    const { normaliseSafePage } = await import('../../lib/popup/actions');
    expect(normaliseSafePage('nos.nl')).toBe('https://nos.nl/');
    expect(normaliseSafePage(' www.buienradar.nl/weer ')).toBe('https://www.buienradar.nl/weer');
    expect(normaliseSafePage('')).toBeNull();
    expect(normaliseSafePage('http://nos.nl')).toBe('invalid');
    expect(normaliseSafePage('weer')).toBe('invalid');
  });
});
