import { serviceById } from '../../lib/directory/validate';
import type { Service } from '../../lib/directory/types';
import { topicById, type TopicId, type TopicText } from '../../lib/topics/topics';
import { ServiceCard } from '../ServiceCard';
import { useTranslation } from '../i18n';
import { BackArrow } from './BackArrow';
import { ReadAloud } from '../ReadAloud';
import { SourceList } from './SourceList';
import { UnreviewedTranslationNote } from './UnreviewedTranslationNote';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  id: TopicId;
  services: readonly Service[];
  onCopy: (text: string) => Promise<boolean>;
  onBack: () => void;
  backLabel: string;
}

/** One topic: what it is, signs, what you can do, who to call; details open deeper. */
export function TopicPage({ id, services, onCopy, onBack, backLabel }: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>(id);
  const topic = topicById(id);
  const page = t(`topics:pages.${id}`, { returnObjects: true }) as TopicText;
  const cards = (topic?.services ?? []).map((s) => serviceById(services, s)).filter((s): s is Service => !!s);
  const back = (
    <button type="button" class="topic-page__back" data-testid="topic-back" onClick={onBack}>
      <BackArrow />
      {backLabel}
    </button>
  );
  return (
    <article class="topic-page" data-topic-page={id} aria-labelledby="topic-title">
      {back}
      <h2 id="topic-title" tabIndex={-1} ref={heading}>
        {page.title}
      </h2>
      <UnreviewedTranslationNote />
      <ReadAloud text={() => (document.querySelector<HTMLElement>(`[data-topic-page="${id}"]`)?.innerText ?? '')} />
      <p class="topic-page__what">{page.what}</p>
      <h3>{t(topic?.group === 'rights' ? 'topics:headings.signsRights' : 'topics:headings.signsViolence')}</h3>
      <ul class="topic-page__list">
        {page.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h3>{t('topics:headings.todo')}</h3>
      <ul class="topic-page__list">
        {page.todo.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {page.more.length > 0 && (
        <>
          <h3>{t('topics:headings.more')}</h3>
          {page.more.map((m) => (
            <details key={m.title} class="topic-page__more">
              <summary>{m.title}</summary>
              <p>{m.text}</p>
            </details>
          ))}
        </>
      )}
      <h3>{t('topics:headings.call')}</h3>
      <div class="topic-page__services">
        {cards.map((service) => (
          <ServiceCard key={service.id} service={service} via={service.via ? serviceById(services, service.via) : undefined} onCopy={onCopy} />
        ))}
      </div>
      <SourceList sources={page.sources} />
      {back}
    </article>
  );
}
