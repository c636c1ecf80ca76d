import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../lib/topics/topics';
import { useTranslation } from '../i18n';
import { useFocusOnMount } from './useFocusOnMount';
import { Pictogram } from '../Pictogram';

interface Props {
  onOpen: (id: TopicId) => void;
  onRecognise: () => void;
}

/** Every topic, in two groups, as buttons; plus the way into "Do you recognise this?". */
export function TopicList({ onOpen, onRecognise }: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>('list');
  return (
    <section class="topics" aria-labelledby="topics-title">
      <h2 id="topics-title" tabIndex={-1} ref={heading}>
        {t('topics:title')}
      </h2>
      <p>{t('topics:intro')}</p>
      <button type="button" class="topics__recognise" data-testid="open-recognise" onClick={onRecognise}>
        {t('topics:recognise.open')}
      </button>
      {TOPIC_GROUPS.map((group) => (
        <div key={group} class="topics__group">
          <h3 id={`topics-group-${group}`}>{t(`topics:groups.${group}`)}</h3>
          <ul class="topic-list" aria-labelledby={`topics-group-${group}`}>
            {TOPICS.filter((topic) => topic.group === group).map((topic) => (
              <li key={topic.id}>
                <button type="button" class="topic-list__item" data-topic={topic.id} onClick={() => onOpen(topic.id)}>
                  <Pictogram name={topic.need ?? 'info'} />
                  <span class="topic-list__title">{t(`topics:pages.${topic.id}.title`)}</span>
                  <span class="topic-list__summary">{t(`topics:pages.${topic.id}.summary`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
