// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { numberKind, staysOffBill } from '../../lib/directory/phone-bill';

describe('what a number costs, from its prefix', () => {
  it.each([
    ['112', 'free'],
    ['0800-2000', 'free'],
    ['0800 5151', 'free'],
    ['116 111', 'free'],
    ['0900-8020', 'premium'],
    ['0900-1450', 'premium'],
    ['020-261 52 75', 'normal'],
    ['033 448 11 86', 'normal'],
    ['088 0767 000', 'normal'],
    ['+31 70 333 44 44', 'normal'],
    ['06 12345678', 'normal'],
    ['113', 'unknown'],
    ['12', 'unknown'],
    ['', 'unknown'],
  ] as const)('%s is %s', (number, kind) => {
    expect(numberKind(number)).toBe(kind);
  });

  it('only free numbers stay off the bill: a 020 number does not', () => {
    expect(staysOffBill('0800-2000')).toBe(true);
    expect(staysOffBill('020-261 52 75')).toBe(false);
    expect(staysOffBill('0900-0101')).toBe(false);
  });
});
