import { numberKind } from './phone-bill';
import type { PhoneNumber } from './types';

/** What the page can tell about the device it runs on. */
export interface DeviceHints {
  userAgent: string;
  /** matchMedia, for "is the main pointer a finger?" */
  matchMedia?: (query: string) => { matches: boolean };
}

/**
 * True only where tapping a number starts a call on this device: a phone or tablet browser.
 * On a computer a tel: link asks to open another program (Chromium on Linux: "Open xdg-open?")
 * or hands the number to a calling app that keeps its own call list; there the number is shown
 * to dial on a phone instead.
 */
export function deviceCanCall({ userAgent, matchMedia }: DeviceHints): boolean {
  if (/Android|iPhone|iPod|Mobile|Mobi/i.test(userAgent)) return true;
  // An iPad asks for the desktop site; it is still a device whose main pointer is a finger.
  const touchFirst = matchMedia?.('(pointer: coarse) and (hover: none)').matches ?? false;
  return touchFirst && /Macintosh|iPad/.test(userAgent);
}

/**
 * What a call to this number means for cost and the phone bill, for the person to read first:
 * - 'off-bill': free, not on the bill (0800, 112, 116 xxx), though a mobile keeps it in its call list;
 * - 'per-minute': costs per minute and can appear on the bill (0900 where the reference says it is paid);
 * - 'on-bill': costs call money and can appear on the bill (020, 033, 088, 06, +31 …);
 * - 'may-cost': not sure (a short number such as 113, or a 0900 line whose sources conflict).
 * From the number's prefix (lib/directory/phone-bill.ts): a service that is free (e.g. Helpwanted
 * on an 020 number) still costs a normal call, which can appear on an itemised bill.
 */
export type BillNote = 'off-bill' | 'per-minute' | 'on-bill' | 'may-cost';

export function billNote(phone: Pick<PhoneNumber, 'dial' | 'cost'>): BillNote {
  switch (numberKind(phone.dial)) {
    case 'free':
      return 'off-bill';
    case 'premium':
      return phone.cost === 'paid' ? 'per-minute' : 'may-cost';
    case 'normal':
      return 'on-bill';
    default:
      return 'may-cost';
  }
}
