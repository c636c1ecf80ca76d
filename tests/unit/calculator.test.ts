// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codeCandidate, formatNumber, INITIAL, keyFromKeyboard, MAX_DIGITS, pasteText, press, type Key } from '../../lib/calculator/calculator';
import { hashCode, isValidCode, verifyCode } from '../../lib/calculator/code';

/** "2580" hashed independently of lib/calculator/code.ts (PBKDF2-SHA256, node's WebCrypto), in the stored shape. */
const OLD_2580 = { salt: 'AwoRGB8mLTQ7QklQV15lbA==', iterations: 1000, hash: 'QtArO1crk+zSwJQGRQWXeUNIl7EXWEYZYV7HCxBhcFU=' };

const run = (keys: string) => [...keys.replace(/B/g, '\b')].reduce((s, k) => press(s, (k === '\b' ? 'Backspace' : k) as Key), INITIAL);
const show = (keys: string) => run(keys).display;

describe('the calculator', () => {
  it.each([
    ['2+3=', '5'],
    ['7-10=', '-3'],
    ['6*7=', '42'],
    ['1/4=', '0.25'],
    ['2+3*4=', '20'],
    ['0.1+0.2=', '0.3'],
    ['1/3=', '0.333333333333'],
    ['10/4*2=', '5'],
    ['5+-3=', '2'],
    ['.5+.5=', '1'],
    ['1.2.3', '1.23'],
    ['200+10%=', '220'],
    ['50%', '0.5'],
    ['123B', '12'],
    ['9BB', '0'],
    ['999999999*999999999=', '9.99999998e+17'],
  ])('%s shows %s', (keys, display) => expect(show(keys)).toBe(display));

  it('shows an error for division by zero, and the next key starts afresh', () => {
    expect(show('5/0=')).toBe('Error');
    expect(run('5/0=').error).toBe(true);
    expect(show('5/0=7+1=')).toBe('8');
  });

  it('limits long input to what the display can hold', () => {
    expect(show('1'.repeat(40)).length).toBe(MAX_DIGITS);
  });

  it('clears with C', () => {
    expect(run('12+3C')).toEqual(INITIAL);
  });

  it('pressing = again or with nothing pending changes nothing', () => {
    expect(show('42=')).toBe('42');
    expect(show('2+3==')).toBe('5');
  });

  it('maps the keyboard', () => {
    expect(['7', ',', 'x', ':', 'Enter', 'Escape', 'Backspace', 'a'].map(keyFromKeyboard)).toEqual(['7', '.', '*', '/', '=', 'C', 'Backspace', null]);
  });

  it('offers only a plain typed number as a code, never a calculation', () => {
    expect(codeCandidate(run('1234'))).toBe('1234');
    expect(codeCandidate(run('12+34'))).toBeNull();
    expect(codeCandidate(run('12.5'))).toBeNull();
    expect(codeCandidate(run('2+3='))).toBeNull();
  });

  it('keeps the leading zeros of a typed code, while the display shows the number', () => {
    expect(show('0428')).toBe('428');
    expect(codeCandidate(run('0428'))).toBe('0428');
    expect(codeCandidate(run('0000'))).toBe('0000');
    expect(codeCandidate(run('004289B'))).toBe('00428');
    expect(codeCandidate(run('0428+1='))).toBeNull();
    expect(codeCandidate(run('0.428'))).toBeNull();
    expect(codeCandidate(run('7+0428'))).toBeNull();
    expect(show('0428+1=')).toBe('429');
  });

  it('formats numbers like a calculator', () => {
    expect([formatNumber(1e-12), formatNumber(-0.5), formatNumber(Number.NaN)]).toEqual(['1e-12', '-0.5', 'Error']);
  });
});

describe('pasting into the calculator (Ctrl+V): the code without remembering it', () => {
  it('a pasted code is the candidate on "=", leading zero kept, though the display drops it', () => {
    const pasted = pasteText(INITIAL, '0428');
    expect(pasted.display).toBe('428');
    expect(codeCandidate(pasted)).toBe('0428');
  });

  it('ignores spaces a password manager or a note may add, and a line break', () => {
    expect(codeCandidate(pasteText(INITIAL, ' 04 28\n'))).toBe('0428');
  });

  it('replaces what was on the display, as a new entry', () => {
    expect(codeCandidate(pasteText(run('123'), '2580'))).toBe('2580');
    expect(codeCandidate(pasteText(run('6*7='), '2580'))).toBe('2580');
  });

  it('is an ordinary number in a calculation: 5 + pasted 3,5 = 8.5', () => {
    const state = press(pasteText(run('5+'), '3,5'), '=');
    expect(state.display).toBe('8.5');
  });

  it('after an error starts again', () => {
    expect(codeCandidate(pasteText(run('1/0='), '2580'))).toBe('2580');
  });

  it.each(['abc', '12a4', '2+3', '', '1.2.3', '1'.repeat(MAX_DIGITS + 1)])('leaves the calculator as it was for %j', (text) => {
    const before = run('12');
    expect(pasteText(before, text)).toBe(before);
  });
});

describe('the code behind the calculator', () => {
  it('is stored only as a salted hash', async () => {
    const a = await hashCode('2580', 1000);
    const b = await hashCode('2580', 1000);
    expect(JSON.stringify(a)).not.toContain('2580');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right code and refuses a wrong one', async () => {
    const stored = await hashCode('2580', 1000);
    expect(await verifyCode('2580', stored)).toBe(true);
    expect(await verifyCode('2581', stored)).toBe(false);
    expect(await verifyCode('258', stored)).toBe(false);
  });

  it('a code with a leading zero, typed on the calculator, opens as it was set', async () => {
    const stored = await hashCode('0428', 1000);
    expect(await verifyCode(codeCandidate(run('0428'))!, stored)).toBe(true);
    expect(await verifyCode(codeCandidate(run('428'))!, stored)).toBe(false);
  });

  it('a code stored before leading zeros were kept still opens', async () => {
    // A hash as the previous version wrote it for "2580" (salt and hash fixed, 1000 iterations).
    const stored = { v: 1 as const, ...OLD_2580 };
    expect(await verifyCode(codeCandidate(run('2580'))!, stored)).toBe(true);
    expect(await verifyCode(codeCandidate(run('02580'))!, stored)).toBe(false);
  });

  it('is 4 to 12 digits', () => {
    expect(['123', '1234', '123456789012', '1234567890123', '12a4'].map(isValidCode)).toEqual([false, true, true, false, false]);
  });
});
