import { useEffect, useRef, useState } from 'preact/hooks';
import { serviceById, servicesForNeed } from '../lib/directory/validate';
import type { Service } from '../lib/directory/types';
import { useTranslation } from './i18n';
import { NeedFilter, type NeedChoice } from './NeedFilter';
import { ServiceCard } from './ServiceCard';

interface Props {
  services: readonly Service[];
  onCopy: (text: string) => Promise<boolean>;
  onOpenSite: (site: string) => void;
}

/** Shown first, under 112, before any choice: the national line for violence at home. */
export const FIRST_SERVICE_ID = 'veilig-thuis';

/**
 * Veilig Thuis first, then the help services filtered by what the person needs help with.
 * Choosing a need brings the filters, the count and the first results into view.
 */
export function Directory({ services, onCopy, onOpenSite }: Props) {
  const { t } = useTranslation();
  const [need, setNeed] = useState<NeedChoice>('all');
  const [chosen, setChosen] = useState(0);
  const filters = useRef<HTMLDivElement>(null);
  const first = serviceById(services, FIRST_SERVICE_ID);
  const shown = servicesForNeed(services, need).filter((s) => need !== 'all' || s !== first);
  const card = (service: Service) => (
    <ServiceCard
      key={service.id}
      service={service}
      via={service.via ? serviceById(services, service.via) : undefined}
      onCopy={onCopy}
      onOpenSite={onOpenSite}
    />
  );

  useEffect(() => {
    // The filters at the top, under the header (style.css scroll-padding), the count and the
    // first results below them: she sees what she chose and what it found.
    if (chosen > 0) filters.current?.scrollIntoView({ block: 'start' });
  }, [chosen]);

  return (
    <section class="directory" aria-labelledby="directory-title">
      {first && <div class="directory__first">{card(first)}</div>}
      <h2 id="directory-title">{t('hub.title')}</h2>
      <div class="directory__filters" ref={filters}>
        <NeedFilter
          selected={need}
          onSelect={(choice) => {
            setNeed(choice);
            setChosen((n) => n + 1);
          }}
        />
      </div>
      <p class="directory__count" role="status" data-testid="service-count">
        {t('hub.count', { count: shown.length })}
      </p>
      <div class="directory__list">{shown.map(card)}</div>
    </section>
  );
}
