import { serviceById } from '../../lib/directory/validate';
import type { Service } from '../../lib/directory/types';
import { SIGNALS, topicById, topicsForSignals, type TopicId } from '../../lib/topics/topics';
import { ServiceCard } from '../ServiceCard';
import { useTranslation } from '../i18n';
import { BackArrow } from './BackArrow';
import { SourceList } from './SourceList';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  /** Held by the parent in memory only: never stored, gone when the person goes back. */
  ticked: ReadonlySet<string>;
  onToggle: (signalId: string) => void;
  onOpen: (id: TopicId) => void;
  onBack: () => void;
  services: readonly Service[];
  onCopy: (text: string) => Promise<boolean>;
}

/** "Do you recognise this?": signals to tick privately, leading to topics and numbers. No score. */
export function RecogniseList({ ticked, onToggle, onOpen, onBack, services, onCopy }: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>('recognise');
  const topics = topicsForSignals(ticked);
  // The first service of each matching topic, each once: the numbers that fit best.
  const serviceIds = [...new Set(topics.map((id) => topicById(id)?.services[0]).filter((s): s is string => !!s))];
  const cards = serviceIds.map((s) => serviceById(services, s)).filter((s): s is Service => !!s);
  const sources = t('topics:recognise.sources', { returnObjects: true }) as string[];
  return (
    <section class="recognise" aria-labelledby="recognise-title">
      <button type="button" class="topic-page__back" data-testid="topic-back" onClick={onBack}>
        <BackArrow />
        {t('topics:back')}
      </button>
      <h2 id="recognise-title" tabIndex={-1} ref={heading}>
        {t('topics:recognise.title')}
      </h2>
      <p>{t('topics:recognise.intro')}</p>
      <p class="recognise__private">{t('topics:recognise.private')}</p>
      <form autoComplete="off" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="recognise__signals">
          <legend>{t('topics:recognise.legend')}</legend>
          {SIGNALS.map((signal) => (
            <label key={signal.id} class="recognise__signal">
              <input type="checkbox" data-signal={signal.id} checked={ticked.has(signal.id)} onChange={() => onToggle(signal.id)} />
              <span>{t(`topics:recognise.signals.${signal.id}`)}</span>
            </label>
          ))}
        </fieldset>
      </form>
      <div class="recognise__result" aria-live="polite">
        <p>{topics.length === 0 ? t('topics:recognise.none') : t('topics:recognise.matches')}</p>
        {topics.length > 0 && (
          <ul class="topic-list" data-testid="recognise-topics">
            {topics.map((id) => (
              <li key={id}>
                <button type="button" class="topic-list__item" data-topic={id} onClick={() => onOpen(id)}>
                  <span class="topic-list__title">{t(`topics:pages.${id}.title`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {cards.map((service) => (
        <ServiceCard key={service.id} service={service} via={service.via ? serviceById(services, service.via) : undefined} onCopy={onCopy} />
      ))}
      <p class="recognise__never">{t('topics:recognise.never')}</p>
      <SourceList sources={sources} />
    </section>
  );
}
