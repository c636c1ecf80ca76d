import { DAY_AND_NIGHT_CHANNEL, SCHEDULES } from '../lib/directory/open-now';
import type { Service } from '../lib/directory/types';
import { useTranslation } from './i18n';
import { OpenNow } from './OpenNow';
import { PhoneCall } from './PhoneCall';
import { ServiceSources } from './sources/ServiceSources';

interface Props {
  service: Service;
  /** The service to call when this one has no number of its own (e.g. the shelter via Veilig Thuis). */
  via?: Service;
  onCopy: (text: string) => Promise<boolean>;
  /** Opens the website without traces; without it the host name is shown as text. */
  onOpenSite?: (site: string) => void;
}

const ANONYMOUS_KEY = {
  yes: 'service.anonymousYes',
  partly: 'service.anonymousPartly',
  no: 'service.anonymousNo',
  unknown: undefined,
} as const;

/** Arabic writes its own comma ("،") between the items of a list. */
const LIST_COMMA: Record<string, string> = { ar: '، ' };

export function ServiceCard({ service, via, onCopy, onOpenSite }: Props) {
  const { t, language } = useTranslation();
  const text = (field: 'name' | 'forWhom' | 'hours' | 'note') =>
    service.texts ? ((service.texts as Record<string, string>)[field] ?? '') : t(`directory:${service.id}.${field}`, { defaultValue: '' });
  const name = text('name');
  const dayAndNight = DAY_AND_NIGHT_CHANNEL[service.id];
  const hours =
    service.hours === '24/7'
      ? dayAndNight
        ? t(`opennow:dayAndNight.${dayAndNight.channel}`)
        : t('service.hours247')
      : service.hours === 'fixed'
        ? text('hours')
        : t('service.hoursCheck');
  const anonymousKey = ANONYMOUS_KEY[service.anonymous];
  const otherChannels = service.channels.filter((c) => c !== 'phone' && c !== 'website');
  const phones = service.phones.length > 0 ? service.phones : (via?.phones ?? []);
  const viaName = via ? t(`directory:${via.id}.name`) : undefined;

  return (
    <article class="service-card" data-service={service.id} aria-labelledby={`service-${service.id}`}>
      <h3 id={`service-${service.id}`}>{name}</h3>
      {phones.map((phone) => (
        <PhoneCall
          key={phone.dial}
          phone={phone}
          onCopy={onCopy}
          label={
            service.phones.length === 0 && viaName
              ? t('service.callVia', { name: viaName })
              : phone.whatsapp
                ? t('service.whatsapp')
                : phone.label
                  ? t(`service.${phone.label}`)
                  : undefined
          }
        />
      ))}
      <ul class="service-card__facts">
        <li data-fact="hours" class={service.hours === '24/7' ? 'fact--247' : undefined}>
          {hours}
        </li>
        {anonymousKey && <li data-fact="anonymous">{t(anonymousKey)}</li>}
        {otherChannels.length > 0 && (
          <li data-fact="channels">
            {t('service.channels', { list: otherChannels.map((c) => t(`channel.${c}`)).join(LIST_COMMA[language] ?? ', ') })}
          </li>
        )}
      </ul>
      {/* Below the facts: the first view keeps cost, hours and anonymity on one or two lines. */}
      <OpenNow serviceId={service.id} />
      {service.confidence === 'installation' ? (
        <p class="service-card__for">{t('service.addedByInstallation')}</p>
      ) : (
        <p class="service-card__for">{text('forWhom')}</p>
      )}
      {text('note') && <p class="service-card__note">{text('note')}</p>}
      {service.website && !onOpenSite && (
        <p class="service-card__website" dir="ltr">
          {service.website}
        </p>
      )}
      {service.website && onOpenSite && (
        <button type="button" class="service-card__website" data-site={service.website} onClick={() => onOpenSite(service.website!)}>
          {t('website:open')} <bdi dir="ltr">{service.website}</bdi>
        </button>
      )}
      <details class="service-card__sources more">
        <summary aria-label={t('service.sourcesLabel', { name })}>{t('service.sources')}</summary>
        {SCHEDULES[service.id] && <p data-fact="hours-undated">{t('opennow:undated')}</p>}
        <ServiceSources service={service} />
      </details>
    </article>
  );
}
