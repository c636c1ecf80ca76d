import type { Policy } from '../policy/types';
import { dialString } from './validate';
import type { Service } from './types';

/** The directory as this installation shows it: hidden services left out, regional ones added. */
export function effectiveServices(services: readonly Service[], policy: Pick<Policy, 'hiddenServices' | 'extraServices'>): Service[] {
  const hidden = new Set(policy.hiddenServices);
  const extras: Service[] = policy.extraServices.map((extra) => ({
    id: extra.id,
    phones: [{ display: extra.number, dial: dialString(extra.number), cost: 'check' }],
    hours: extra.hours ? 'fixed' : 'check',
    anonymous: 'unknown',
    channels: extra.website ? ['phone', 'website'] : ['phone'],
    website: extra.website,
    needs: extra.needs,
    source: [extra.source],
    confidence: 'installation',
    texts: { name: extra.name, hours: extra.hours ?? '' },
  }));
  return [...services.filter((s) => !hidden.has(s.id)), ...extras];
}
