import { describe, expect, it } from 'vitest';
import { createI18n, loadFallbacks, switchLanguage } from '../../lib/i18n/setup';

describe('i18n set-up', () => {
  it('starts in Dutch when nothing was chosen', async () => {
    const i18n = await createI18n(null);
    expect(i18n.language).toBe('nl');
    expect(i18n.t('emergency.call')).toBe('Bel 112');
  });

  it('starts in the kept language and switches', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('emergency.call')).toBe('Call 112');
    await switchLanguage(i18n, 'nl');
    expect(i18n.t('directory:csg.name')).toBe('Centrum Seksueel Geweld');
  });

  it('falls back to Dutch for an unknown or corrupt stored language', async () => {
    expect((await createI18n('xx')).language).toBe('nl');
    expect((await createI18n('<script>' as string)).language).toBe('nl');
  });

  it('shows the English text for a key that a translation lacks, never the bare key', async () => {
    const i18n = await createI18n('nl');
    await loadFallbacks(i18n, 'nl');
    i18n.addResource('en', 'ui', 'onlyInEnglish', 'Only in English');
    expect(i18n.t('onlyInEnglish')).toBe('Only in English');
  });

  it('waits only for the chosen language, then loads just its fallbacks', async () => {
    const i18n = await createI18n('nl');
    expect(Object.keys(i18n.store.data)).toEqual(['nl']);
    await loadFallbacks(i18n, 'nl');
    expect(Object.keys(i18n.store.data).sort()).toEqual(['en', 'nl']);
  });
});
