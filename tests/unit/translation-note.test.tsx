import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AboutInstallation } from '../../components/AboutInstallation';
import { TranslationContext } from '../../components/i18n';
import { TopicPage } from '../../components/topics/TopicPage';
import { SERVICES } from '../../lib/directory/services';
import { isUnreviewedTranslation, NATIVE_REVIEWED_LANGUAGES } from '../../lib/i18n/native-review';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { loadTopics } from '../../lib/topics/load';

async function renderIn(language: string, screenName: 'about' | 'topic') {
  const i18n = await createI18n(language);
  await loadTopics(i18n, language);
  const t = i18n.getFixedT(language);
  render(
    <TranslationContext.Provider value={{ t, language }}>
      {screenName === 'about' ? (
        <AboutInstallation info={{ version: '0.1.0', flavour: 'open', browser: 'test', report: [] }} />
      ) : (
        <TopicPage id="restraining-order" services={SERVICES} onCopy={async () => true} onBack={() => {}} backLabel="back" />
      )}
    </TranslationContext.Provider>,
  );
  return t;
}

describe('the note that a translation is not yet native-reviewed', () => {
  it('no language is native-reviewed today; Dutch, the source text, never shows the note', () => {
    expect(NATIVE_REVIEWED_LANGUAGES).toEqual([]);
    expect(LANGUAGES.filter((l) => isUnreviewedTranslation(l.code)).map((l) => l.code)).toEqual(['en', 'tr', 'ar', 'pl', 'uk']);
    expect(isUnreviewedTranslation('tr', ['tr'])).toBe(false);
  });

  it.each(['tr', 'ar', 'pl', 'uk', 'en'])('%s: About and a topic page say so, in that language', async (language) => {
    const t = await renderIn(language, 'about');
    const text = t('review:unreviewed');
    expect(text).not.toBe('review:unreviewed');
    expect(screen.getByTestId('translation-note').textContent).toBe(text);
    document.body.innerHTML = '';
    await renderIn(language, 'topic');
    expect(screen.getByTestId('translation-note').textContent).toBe(text);
  });

  it('nl: neither About nor a topic page shows it', async () => {
    await renderIn('nl', 'about');
    expect(screen.queryByTestId('translation-note')).toBeNull();
    document.body.innerHTML = '';
    await renderIn('nl', 'topic');
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    expect(screen.queryByTestId('translation-note')).toBeNull();
  });
});

describe('the back arrow on a topic page', () => {
  it.each([
    ['nl', '←'],
    ['ar', '→'],
  ])('%s: points to where reading starts (%s)', async (language, arrow) => {
    await renderIn(language, 'topic');
    const backs = screen.getAllByTestId('topic-back');
    expect(backs.length).toBe(2);
    for (const b of backs) expect(b.textContent?.trim().startsWith(arrow)).toBe(true);
  });
});
