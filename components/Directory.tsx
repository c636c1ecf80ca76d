import { useState } from 'preact/hooks';
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

/** The help services, filtered by what the person needs help with. */
export function Directory({ services, onCopy, onOpenSite }: Props) {
  const { t } = useTranslation();
  const [need, setNeed] = useState<NeedChoice>('all');
  const shown = servicesForNeed(services, need);
  return (
    <section class="directory" aria-labelledby="directory-title">
      <h2 id="directory-title">{t('hub.title')}</h2>
      <p>{t('hub.intro')}</p>
      <NeedFilter selected={need} onSelect={setNeed} />
      <p class="directory__count" role="status" data-testid="service-count">
        {t('hub.count', { count: shown.length })}
      </p>
      <div class="directory__list">
        {shown.map((service) => (
          <ServiceCard
            key={service.id}
            service={service}
            via={service.via ? serviceById(services, service.via) : undefined}
            onCopy={onCopy}
            onOpenSite={onOpenSite}
          />
        ))}
      </div>
    </section>
  );
}
