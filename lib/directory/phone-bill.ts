/**
 * What dialling a Dutch number means for the caller, from its prefix alone (docs/sources/helplines.md,
 * "Facts about calling": 0800 is free and stays off the phone bill, though a mobile keeps it in
 * its call log; 0900 costs per minute; 088, 0xx geographic, 06 mobile and +31 cost normal rates;
 * all charged numbers can appear on an itemised bill). A service's own statement about cost, where
 * the reference has one, goes before this.
 */
export type NumberKind =
  /** 0800 and short emergency or harmonised numbers (112, 116 xxx): free, not on the bill. */
  | 'free'
  /** 0900, 0906, 0909: a per-minute charge; on the bill. */
  | 'premium'
  /** Geographic, 088/085/084/087, mobile, +31 from abroad: normal call rates; can be on the bill. */
  | 'normal'
  /** Other short numbers and anything not recognised: say "check with your provider". */
  | 'unknown';

/** Digits as dialled: "+31" kept, every space, dash and bracket removed. */
function digitsOf(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

export function numberKind(number: string): NumberKind {
  const dial = digitsOf(number);
  if (dial === '112' || /^116\d{3}$/.test(dial) || /^0800\d{4,7}$/.test(dial)) return 'free';
  if (/^09(00|06|09)\d{4,7}$/.test(dial)) return 'premium';
  if (/^\+31\d{9}$/.test(dial) || /^0[1-9]\d{8}$/.test(dial)) return 'normal';
  return 'unknown';
}

/** True only for numbers that do not appear on an itemised phone bill. */
export function staysOffBill(number: string): boolean {
  return numberKind(number) === 'free';
}
