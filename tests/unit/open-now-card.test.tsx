import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { OpenNow } from '../../components/OpenNow';
import { createI18n } from '../../lib/i18n/setup';

async function shown(serviceId: string, iso: string, language = 'nl') {
  const i18n = await createI18n(language);
  const { container } = render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>
      <ul>
        <OpenNow serviceId={serviceId} now={new Date(iso)} />
      </ul>
    </TranslationContext.Provider>,
  );
  return container.textContent ?? '';
}

describe('OpenNow', () => {
  it('Veilig Thuis chat on a weekday afternoon: open, usual hours, holidays wording', async () => {
    const text = await shown('veilig-thuis', '2026-01-07T13:00:00Z');
    expect(text).toContain('Chat: waarschijnlijk nu open, tot 17:00.');
    expect(text).toContain('gewone tijden');
    // hedged: the hours rest on undated pages (docs/sources/helplines.md)
    expect(text).toContain('Deze tijden staan op een pagina zonder datum en kunnen veranderd zijn. Kijk op de website, zeker op feestdagen.');
  });
  it('Juridisch Loket on Saturday: closed, opens on Monday at 09:00', async () => {
    expect(await shown('juridisch-loket', '2026-01-10T12:00:00Z')).toContain('Telefoon: waarschijnlijk nu dicht. Open op maandag om 09:00.');
    expect(await shown('juridisch-loket', '2026-01-10T12:00:00Z', 'en')).toContain('Opens on Monday at 09:00.');
  });
  it('nothing for a service whose hours are uncertain', async () => {
    expect(await shown('slachtofferhulp', '2026-01-07T13:00:00Z')).toBe('');
  });
});
