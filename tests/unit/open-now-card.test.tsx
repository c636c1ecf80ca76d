import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { OpenNow } from '../../components/OpenNow';
import { ServiceCard } from '../../components/ServiceCard';
import { SERVICES } from '../../lib/directory/services';
import { createI18n } from '../../lib/i18n/setup';

async function shown(serviceId: string, iso: string, language = 'nl') {
  const i18n = await createI18n(language);
  const { container } = render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>
      <OpenNow serviceId={serviceId} now={new Date(iso)} />
    </TranslationContext.Provider>,
  );
  return [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

/** The whole card as she sees it at `iso` (the card reads the computer's clock). */
async function card(serviceId: string, iso: string, language = 'nl') {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
  const i18n = await createI18n(language);
  const service = SERVICES.find((s) => s.id === serviceId)!;
  const { container } = render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>
      <ServiceCard service={service} onCopy={async () => true} />
    </TranslationContext.Provider>,
  );
  return container;
}
afterEach(() => {
  vi.useRealTimers();
});

describe('OpenNow', () => {
  it('one short line per channel, then the hedge once: Veilig Thuis chat on a weekday afternoon', async () => {
    expect(await shown('veilig-thuis', '2026-01-07T13:00:00Z')).toEqual([
      'Chat: nu open · tot 17:00',
      'Gewone tijden. Op feestdagen: kijk op de website.',
    ]);
  });
  it('closed: says when it opens, today, tomorrow or on a weekday', async () => {
    expect(await shown('veilig-thuis', '2026-01-07T06:00:00Z')).toContain('Chat: nu dicht · open om 9:00');
    expect(await shown('veilig-thuis', '2026-01-07T17:00:00Z')).toContain('Chat: nu dicht · morgen open om 9:00');
    expect(await shown('juridisch-loket', '2026-01-10T12:00:00Z')).toContain('Telefoon: nu dicht · maandag open om 9:00');
    expect(await shown('juridisch-loket', '2026-01-10T12:00:00Z', 'en')).toContain('Phone: closed now · opens Monday at 9:00');
  });
  it('each line is one sentence at most, without the long hedge', async () => {
    for (const line of await shown('juridisch-loket', '2026-01-10T12:00:00Z')) {
      expect(line.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, line).toBeLessThanOrEqual(2);
      expect(line).not.toContain('zonder datum');
    }
  });
  it('nothing for a service whose hours are uncertain', async () => {
    expect(await shown('slachtofferhulp', '2026-01-07T13:00:00Z')).toEqual([]);
  });
});

describe('the hours on a service card', () => {
  it('Veilig Thuis: the 24/7 names the phone, so "Chat: nu dicht" below it is no contradiction', async () => {
    const container = await card('veilig-thuis', '2026-01-10T12:00:00Z');
    expect(container.querySelector('[data-fact="hours"]')?.textContent).toBe('Dag en nacht (24/7) per telefoon');
    expect(container.querySelector('[data-fact="open-now"]')?.textContent).toBe('Chat: nu dicht · maandag open om 9:00');
    const ar = await card('veilig-thuis', '2026-01-10T12:00:00Z', 'ar');
    expect(ar.querySelector('[data-fact="hours"]')?.textContent).toBe('ليلًا ونهارًا (24/7) عبر الهاتف');
  });
  it('a 24/7 service without other hours keeps the plain "Dag en nacht (24/7)"', async () => {
    expect((await card('csg', '2026-01-10T12:00:00Z')).querySelector('[data-fact="hours"]')?.textContent).toBe('Dag en nacht (24/7)');
  });
  it('the hedge is said once per card; why the hours may have changed is in the card\'s sources', async () => {
    const container = await card('juridisch-loket', '2026-01-07T13:00:00Z');
    const text = container.textContent ?? '';
    expect(text.split('Op feestdagen').length - 1).toBe(1);
    const undated = container.querySelector('[data-fact="hours-undated"]');
    expect(undated?.textContent).toBe("De tijden bij 'nu open' en 'nu dicht' staan op een pagina zonder datum. Ze kunnen veranderd zijn.");
    expect(undated?.closest('details')).not.toBeNull();
    expect((await card('csg', '2026-01-07T13:00:00Z')).querySelector('[data-fact="hours-undated"]')).toBeNull();
  });
});

describe('the other channels on a service card', () => {
  it('are listed with the language\'s own comma (Arabic "،")', async () => {
    expect((await card('juridisch-loket', '2026-01-07T13:00:00Z')).querySelector('[data-fact="channels"]')?.textContent).toBe('Ook via: langskomen, e-mail');
    expect((await card('juridisch-loket', '2026-01-07T13:00:00Z', 'ar')).querySelector('[data-fact="channels"]')?.textContent).toBe('أيضًا عبر: زيارة شخصية، بريد إلكتروني');
  });
});

describe('the Veilig Thuis card says the chat hours once', () => {
  // The open-now line gives the chat's hours; the note below it said them again ("van 9 tot 17 uur").
  it.each(['nl', 'en', 'tr', 'ar', 'pl', 'uk'])('%s: the closing hour 17 appears once on the card, in the open-now line', async (language) => {
    const container = await card('veilig-thuis', '2026-01-07T13:00:00Z', language);
    const text = container.textContent ?? '';
    expect(text.match(/(?<!\d)17(?!\d)/g) ?? [], text).toHaveLength(1);
    expect(text).toContain('17:00'); // in the open-now line
    // What else the note says stays: anonymous advice, and the number does not work from abroad.
    expect(text).toContain('0800-2000');
  });
});
