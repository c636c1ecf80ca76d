import { pageSources } from '../../lib/topics/citation-sources';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { TOPIC_IDS, TOPICS } from '../../lib/topics/topics';
import nl from '../../locales/nl/topics.json';

async function openTopics() {
  const i18n = await createI18n(null);
  render(<App i18n={i18n} languages={LANGUAGES} services={SERVICES} installation={{ version: '0.1.0', flavour: 'open', browser: 'test', report: [] }}
      actions={createPopupActions(i18n)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Onderwerpen' }));
  await screen.findByRole('heading', { level: 2, name: 'Onderwerpen' });
  return i18n;
}

const topicButton = (id: string) => document.querySelector<HTMLButtonElement>(`button[data-topic="${id}"]`)!;

describe('the topics screen', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not hold the topic texts until the topics screen opens', async () => {
    const i18n = await createI18n(null);
    expect(i18n.hasResourceBundle('nl', 'topics')).toBe(false);
    render(<App i18n={i18n} languages={LANGUAGES} services={SERVICES} installation={{ version: '0.1.0', flavour: 'open', browser: 'test', report: [] }}
      actions={createPopupActions(i18n)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Onderwerpen' }));
    await screen.findByRole('heading', { level: 2, name: 'Onderwerpen' });
    expect(i18n.hasResourceBundle('nl', 'topics')).toBe(true);
  });

  it('lists every topic in two groups, in order', async () => {
    await openTopics();
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.topics button[data-topic]')];
    expect(buttons.map((b) => b.dataset.topic)).toEqual([...TOPIC_IDS]);
    expect(screen.getByRole('heading', { level: 3, name: 'Vormen van geweld' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Je rechten en wat er daarna gebeurt' })).toBeTruthy();
  });

  it.each(TOPICS.map((t) => t.id))('opens %s with its parts, its service cards and its sources, and goes back', async (id) => {
    await openTopics();
    fireEvent.click(topicButton(id));
    const page = nl.pages[id];
    const heading = await screen.findByRole('heading', { level: 2, name: page.title });
    expect(document.activeElement).toBe(heading);
    const article = document.querySelector(`[data-topic-page="${id}"]`)!;
    expect(article.textContent).toContain(page.what);
    for (const line of [...page.signs, ...page.todo]) expect(article.textContent).toContain(line);
    const cards = [...article.querySelectorAll<HTMLElement>('.service-card')].map((c) => c.dataset.service);
    expect(cards).toEqual(TOPICS.find((t) => t.id === id)!.services);
    const sources = within(article.querySelector<HTMLElement>('.topic-page__sources')!).getAllByRole('listitem');
    // shown as a reader reads them: the public documents behind the citations, never the pointers
    expect(sources.map((li) => li.dataset.sourceId)).toEqual(pageSources(page.sources));
    for (const li of sources) expect(li.textContent).not.toMatch(/seed|reference|l\.\d/i);
    fireEvent.click(screen.getAllByRole('button', { name: /Terug naar onderwerpen/ })[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Onderwerpen' });
  });

  it('shows the shelter with the number to call through Veilig Thuis, as the directory does', async () => {
    await openTopics();
    fireEvent.click(topicButton('shelter'));
    const card = (await screen.findByRole('heading', { level: 3, name: 'Vrouwenopvang' })).closest('.service-card')!;
    expect(card.querySelector('.phone-call[data-dial="08002000"]')).not.toBeNull(); // text to dial on a computer
  });

  it('shows the topics in English after a language switch', async () => {
    const i18n = await openTopics();
    fireEvent.change(screen.getByTestId('language-picker'), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 2, name: 'Topics' });
    expect(i18n.hasResourceBundle('en', 'topics')).toBe(true);
    fireEvent.click(topicButton('sexual-violence'));
    await screen.findByRole('heading', { level: 2, name: 'Sexual violence' });
  });
});

describe('"Do you recognise this?"', () => {
  beforeEach(() => fakeBrowser.reset());

  async function openRecognise() {
    await openTopics();
    fireEvent.click(screen.getByRole('button', { name: 'Herken je dit?' }));
    await screen.findByRole('heading', { level: 2, name: 'Herken je dit?' });
  }

  it('is not a test: no score, and says nothing is kept', async () => {
    await openRecognise();
    expect(document.body.textContent).toContain('geen score');
    expect(document.body.textContent).toContain('nergens bewaard');
    expect(document.body.textContent).not.toMatch(/\d+\s*(\/|van|punten)\s*\d*/);
    expect(document.querySelector('[data-testid="recognise-topics"]')).toBeNull();
  });

  it('leads ticked signals to the matching topics and their numbers, and stores nothing', async () => {
    await openRecognise();
    fireEvent.click(screen.getByRole('checkbox', { name: nl.recognise.signals.abroad }));
    fireEvent.click(screen.getByRole('checkbox', { name: nl.recognise.signals.sex }));
    const list = await screen.findByTestId('recognise-topics');
    expect([...list.querySelectorAll<HTMLButtonElement>('button')].map((b) => b.dataset.topic)).toEqual(['forced-marriage', 'sexual-violence']);
    expect(document.querySelector('.recognise [data-service="csg"] .phone-call[data-dial="08000188"]')).not.toBeNull();
    expect(document.querySelector('.recognise [data-service="bz"] .phone-call[data-dial="+31247247247"]')).not.toBeNull(); // forced marriage leads with calling from abroad
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);

    fireEvent.click(within(list).getByRole('button', { name: nl.pages['sexual-violence'].title }));
    await screen.findByRole('heading', { level: 2, name: nl.pages['sexual-violence'].title });
    // Back from a topic opened here returns to the list with the ticks still in memory.
    fireEvent.click(screen.getAllByRole('button', { name: /Herken je dit\?/ })[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Herken je dit?' });
    expect((screen.getByRole('checkbox', { name: nl.recognise.signals.sex }) as HTMLInputElement).checked).toBe(true);

    // Back to the topic list forgets them.
    fireEvent.click(screen.getByRole('button', { name: /Terug naar onderwerpen/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Herken je dit?' }));
    expect((await screen.findByRole('checkbox', { name: nl.recognise.signals.sex }) as HTMLInputElement).checked).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('unticking removes the topics again', async () => {
    await openRecognise();
    const box = screen.getByRole('checkbox', { name: nl.recognise.signals.work });
    fireEvent.click(box);
    await screen.findByTestId('recognise-topics');
    fireEvent.click(box);
    await waitFor(() => expect(document.querySelector('[data-testid="recognise-topics"]')).toBeNull());
  });
});
