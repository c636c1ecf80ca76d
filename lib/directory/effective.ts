import type { ExtraService, Policy } from '../policy/types';
import { numberKind } from './phone-bill';
import { dialString } from './validate';
import type { Cost, Hours, Service } from './types';

/** "24/7" as staff may type it ("24/7", "24 / 7", "24x7"): shown like the built-in services. */
const ROUND_THE_CLOCK = /^24\s*[/x×]\s*7$/i;

function hoursOf(extra: ExtraService): Hours {
  if (!extra.hours) return 'check';
  return ROUND_THE_CLOCK.test(extra.hours) ? '24/7' : 'fixed';
}

/** The organisation's own statement first; otherwise what the number's prefix says (0800 free). */
function costOf(extra: ExtraService): Cost {
  if (extra.cost) return extra.cost;
  const kind = numberKind(extra.number);
  return kind === 'free' ? 'free' : kind === 'premium' ? 'paid' : 'check';
}

/** The directory as this installation shows it: hidden services left out, regional ones added. */
export function effectiveServices(services: readonly Service[], policy: Pick<Policy, 'hiddenServices' | 'extraServices'>): Service[] {
  const hidden = new Set(policy.hiddenServices);
  const extras: Service[] = policy.extraServices.map((extra) => ({
    id: extra.id,
    phones: [{ display: extra.number, dial: dialString(extra.number), cost: costOf(extra) }],
    hours: hoursOf(extra),
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
