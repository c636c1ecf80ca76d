/** Needs by which the directory is filtered; each has a label and pictogram in the UI. */
export const NEEDS = [
  'domestic-violence',
  'sexual-violence',
  'forced-marriage',
  'children',
  'trafficking',
  'someone-to-talk',
  'legal-practical',
] as const;
export type Need = (typeof NEEDS)[number];

/** What a call costs, as the verified reference states it. 'check' = sources conflict. */
export type Cost = 'free' | 'paid' | 'check';

export interface PhoneNumber {
  /** As printed for people to read, e.g. "0800-2000". */
  display: string;
  /** Digits as dialled in a tel: link, e.g. "08002000" or "+31247247247". */
  dial: string;
  cost: Cost;
  /** Optional label key in the `directory` namespace, e.g. "fromAbroad". */
  label?: string;
  /** WhatsApp only: shown, but not as a tel: link. */
  whatsapp?: boolean;
}

/** '24/7' is shown as such; 'fixed' has a text in the locale; 'check' = see the website. */
export type Hours = '24/7' | 'fixed' | 'check';

export type Channel = 'phone' | 'chat' | 'whatsapp' | 'email' | 'website' | 'app' | 'walk-in';

export type Anonymous = 'yes' | 'partly' | 'no' | 'unknown';

export interface Service {
  id: string;
  phones: PhoneNumber[];
  /** When a service has no number of its own for victims: the id of the service to call. */
  via?: string;
  hours: Hours;
  anonymous: Anonymous;
  channels: Channel[];
  /** Host name only; opened (later) without history, never fetched by the extension. */
  website?: string;
  needs: Need[];
  /** Seed file and line, or the official page and date, for every fact shown. */
  source: string[];
  /**
   * Confidence in the verified reference; only V and V-old may ship in the product.
   * 'installation': added by the installing organisation's policy, with its own source.
   */
  confidence: 'V' | 'V-old' | 'installation';
  /** Texts given with the entry itself (regional services from a policy have no locale texts). */
  texts?: { name: string; hours: string };
}
