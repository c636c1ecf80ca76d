import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { languagePreference } from '../../lib/storage-items';

async function renderPopup(clipboard?: Pick<Clipboard, 'writeText'>) {
  const i18n = await createI18n(await languagePreference.getValue());
  render(
    <App
      i18n={i18n}
      languages={LANGUAGES}
      services={SERVICES}
      actions={createPopupActions(i18n, clipboard as Clipboard)}
      installation={{ version: "0.1.0", flavour: "open", browser: "test", report: [] }}
    />,
  );
}

describe('the help hub', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts "call 112" first', async () => {
    await renderPopup();
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveProperty('href', 'tel:112');
    expect(links[0]!.getAttribute('aria-label')).toBe('Direct gevaar? Bel 112');
  });

  it('marks round-the-clock services and free numbers', async () => {
    await renderPopup();
    const card = document.querySelector('[data-service="veilig-thuis"]')!;
    expect(card.textContent).toContain('Dag en nacht (24/7)');
    expect(card.textContent).toContain('Gratis');
    expect(card.textContent).toContain('Anoniem kan');
    expect(card.querySelector('a[href="tel:08002000"]')?.textContent).toBe('0800-2000');
  });

  it('uses the safe wording where sources conflict on cost and hours', async () => {
    await renderPopup();
    const card = document.querySelector('[data-service="slachtofferhulp"]')!;
    expect(card.textContent).toContain('Kan gewone belkosten kosten');
    expect(card.textContent).toContain('Kijk op de website voor de openingstijden');
  });

  it('shows the shelter with the number to call through Veilig Thuis', async () => {
    await renderPopup();
    const card = document.querySelector('[data-service="vrouwenopvang"]')!;
    expect(card.textContent).toContain('Bel via Veilig Thuis');
    expect(card.querySelector('a[href="tel:08002000"]')).not.toBeNull();
  });

  it('filters by need and says how many services are shown', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Kinderen en jongeren' }));
    expect(screen.getByRole('button', { name: 'Kinderen en jongeren' }).getAttribute('aria-pressed')).toBe('true');
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toContain('De Kindertelefoon');
    expect(names).not.toContain('Juridisch Loket');
    expect(screen.getByTestId('service-count').textContent).toBe(`${names.length} diensten`);
  });

  it('copies a number and says that it stays on the clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    await renderPopup({ writeText });
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer nummer 0800-0188' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('0800-0188'));
    expect(await screen.findByText(/blijft op het klembord/)).toBeTruthy();
  });

  it('shows the number to write down when copying fails', async () => {
    await renderPopup({ writeText: async () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer nummer 0800-0188' }));
    expect(await screen.findByText('Kopiëren lukte niet. Schrijf het nummer over: 0800-0188')).toBeTruthy();
  });

  it('switches to English and keeps the choice in local storage', async () => {
    await renderPopup();
    fireEvent.change(screen.getByTestId('language-picker'), { target: { value: 'en' } });
    expect(await screen.findByText('In danger right now?', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ language: 'en' });
  });

  it('shows a pictogram with every need, hidden from screen readers', async () => {
    await renderPopup();
    for (const button of document.querySelectorAll('[data-need]')) {
      const icon = button.querySelector('svg');
      expect(icon?.getAttribute('data-pictogram')).toBe(button.getAttribute('data-need'));
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('lists every language by its own name', async () => {
    await renderPopup();
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']);
  });
});
