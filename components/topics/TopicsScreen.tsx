import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../lib/directory/types';
import type { TopicId } from '../../lib/topics/topics';
import { useTranslation } from '../i18n';
import { RecogniseList } from './RecogniseList';
import { TopicList } from './TopicList';
import { TopicPage } from './TopicPage';

interface Props {
  services: readonly Service[];
  onCopy: (text: string) => Promise<boolean>;
  /** Loads the topic texts for a language (a separate chunk); resolves when they are there. */
  loadTopics: (language: string) => Promise<void>;
}

type View = { kind: 'list' } | { kind: 'recognise' } | { kind: 'topic'; id: TopicId; from: 'list' | 'recognise' };

/**
 * Topics: the list, one topic page, or "Do you recognise this?". Navigation is component
 * state only (no URL change, so no history entry); what is ticked lives only in this state.
 */
export function TopicsScreen({ services, onCopy, loadTopics }: Props) {
  const { t, language } = useTranslation();
  const [ready, setReady] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    void loadTopics(language).then(() => current && setReady(language));
    return () => {
      current = false;
    };
  }, [language, loadTopics]);

  if (ready !== language) {
    return (
      <p class="topics__loading" role="status">
        {t('topics:loading', { defaultValue: '…' })}
      </p>
    );
  }

  const toggle = (id: string) => {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  };
  const backToList = () => {
    setTicked(new Set());
    setView({ kind: 'list' });
  };

  switch (view.kind) {
    case 'list':
      return <TopicList onOpen={(id) => setView({ kind: 'topic', id, from: 'list' })} onRecognise={() => setView({ kind: 'recognise' })} />;
    case 'recognise':
      return (
        <RecogniseList
          ticked={ticked}
          onToggle={toggle}
          onOpen={(id) => setView({ kind: 'topic', id, from: 'recognise' })}
          onBack={backToList}
          services={services}
          onCopy={onCopy}
        />
      );
    case 'topic':
      return (
        <TopicPage
          id={view.id}
          services={services}
          onCopy={onCopy}
          onBack={view.from === 'recognise' ? () => setView({ kind: 'recognise' }) : backToList}
          backLabel={view.from === 'recognise' ? t('topics:recognise.title') : t('topics:back')}
        />
      );
  }
}
