import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { SERVICES } from '../../lib/directory/services';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import type { PopupActions } from '../../components/App';
import { languagePreference } from '../../lib/storage-items';
import { CURRENT_RELEASE, RELEASES } from '../../lib/release/changelog';
import { formatSourceDate } from '../../components/format-date';

async function renderPopup(clipboard?: Pick<Clipboard, 'writeText'>, overrides: Partial<PopupActions> = {}) {
  const i18n = await createI18n(await languagePreference.getValue());
  render(
    <App
      i18n={i18n}
      languages={LANGUAGES}
      services={SERVICES}
      actions={{ ...createPopupActions(i18n, clipboard as Clipboard), ...overrides }}
      installation={{ version: "0.1.0", flavour: "open", browser: "test", report: [] }}
    />,
  );
}

const card = (id: string) => document.querySelector(`[data-service="${id}"]`)!;

describe('the help hub', () => {
  beforeEach(() => fakeBrowser.reset());

  it('on a computer: no call links, every number as large text to dial on a phone', async () => {
    await renderPopup(undefined, { canCall: false });
    expect(document.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
    expect(screen.getByTestId('emergency-call').textContent).toContain('Bel met je telefoon.');
    expect(card('veilig-thuis').querySelector('.phone-call__number')?.textContent).toBe('0800-2000');
  });

  it('on a phone: "call 112" first, and the numbers as call links', async () => {
    await renderPopup(undefined, { canCall: true });
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveProperty('href', 'tel:112');
    expect(links[0]!.getAttribute('aria-label')).toBe('Direct gevaar? Bel 112');
    expect(card('veilig-thuis').querySelector('a[href="tel:08002000"]')?.textContent).toBe('0800-2000');
    expect(card('vrouwenopvang').querySelector('a[href="tel:08002000"]')).not.toBeNull();
  });

  it('shows Veilig Thuis first with its hours, that it is free and off the bill, and anonymous', async () => {
    await renderPopup();
    const first = document.querySelector('.directory__first [data-service]')!;
    expect(first.getAttribute('data-service')).toBe('veilig-thuis');
    expect(first.textContent).toContain('Dag en nacht (24/7)');
    expect(first.textContent).toContain('Gratis. Niet op de telefoonrekening, wel in de bellijst van je telefoon.');
    expect(first.textContent).toContain('Anoniem kan');
  });

  it('says which calls cost money and show on the bill: the 020 number of a free service is not free', async () => {
    await renderPopup();
    expect(card('helpwanted').textContent).toContain('Kost belgeld. Kan op de telefoonrekening staan.');
    expect(card('helpwanted').textContent).not.toContain('Gratis');
    expect(card('juridisch-loket').textContent).toContain('Kost geld per minuut. Kan op de telefoonrekening staan.');
    expect(card('luisterlijn').textContent).toContain('Kost belgeld. Kan op de telefoonrekening staan.');
    expect(card('csg').textContent).toContain('Gratis. Niet op de telefoonrekening');
  });

  it('uses the safe wording where sources conflict on cost and hours', async () => {
    await renderPopup();
    expect(card('slachtofferhulp').textContent).toContain('Kan geld kosten en op de telefoonrekening staan.');
    expect(card('slachtofferhulp').textContent).toContain('Kijk op de website voor de openingstijden');
  });

  it('shows the shelter with the number to call through Veilig Thuis', async () => {
    await renderPopup();
    expect(card('vrouwenopvang').textContent).toContain('Bel via Veilig Thuis');
    expect(card('vrouwenopvang').querySelector('.phone-call__number')?.textContent).toBe('0800-2000');
  });

  it('names each source so that it can be looked up, with the date the numbers were checked', async () => {
    await renderPopup();
    const sources = card('veilig-thuis').querySelector('.service-card__sources')!.textContent;
    expect(sources).toContain('Rijksoverheid: rapport van de Nederlandse regering aan GREVIO over het Verdrag van Istanbul, 2016–2017');
    expect(sources).toContain('Veilig Thuis Gooi en Vechtstreek: pagina met veelgestelde vragen (veiligthuisgv.nl), zonder datum');
    expect(sources).toContain('Gecontroleerd op 22 november 2026.');
    expect(sources).not.toContain('seed');
  });

  it('website dialog: leads with calling, and choosing another section leaves it', async () => {
    await renderPopup(undefined, {
      openSite: async () => ({ status: 'private-not-allowed' }),
      sitePermissionsGranted: async () => false,
    });
    fireEvent.click(card('csg').querySelector('[data-site]')!);
    const dialog = await screen.findByTestId('open-site-dialog');
    expect(dialog.querySelector('h2')?.textContent).toBe('Het veiligst: bel Centrum Seksueel Geweld');
    expect(dialog.querySelector('.phone-call__number')?.textContent).toBe('0800-0188');
    expect(dialog.querySelector('details summary')?.textContent).toBe('Waarom vraagt de extensie toestemming?');
    fireEvent.click(screen.getByRole('button', { name: 'Mijn plan' }));
    expect(screen.queryByTestId('open-site-dialog')).toBeNull();
  });

  it('website dialog: after a refused permission the next opening says that nothing was opened', async () => {
    await renderPopup(undefined, { takeUnansweredSite: async () => 'veiligthuis.nl', sitePermissionsGranted: async () => false });
    expect((await screen.findByTestId('nothing-opened')).textContent).toBe('Er is niets geopend. De browser kreeg geen toestemming.');
    expect(screen.getByTestId('open-site-dialog').textContent).toContain('0800-2000');
  });

  it('filters by need and says how many services are shown', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Kinderen en jongeren' }));
    expect(screen.getByRole('button', { name: 'Kinderen en jongeren' }).getAttribute('aria-pressed')).toBe('true');
    const names = [...document.querySelectorAll('.directory__list h3')].map((h) => h.textContent);
    expect(names).toContain('De Kindertelefoon');
    expect(names).not.toContain('Juridisch Loket');
    expect(screen.getByTestId('service-count').textContent).toBe(`${names.length} diensten`);
  });

  it('copies a number and says that Snel weg takes it off the clipboard, after the shortcut only at the next opening, and that Windows clipboard history keeps it', async () => {
    const writeText = vi.fn(async () => undefined);
    await renderPopup({ writeText });
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer nummer 0800-0188' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('0800-0188'));
    // One short sentence she reads; the detail behind "Meer uitleg".
    expect(await screen.findByText('Gekopieerd. Snel weg haalt het nummer weer van het klembord.')).toBeTruthy();
    const more = document.querySelector('.phone-call__more')!;
    expect(more.querySelector('summary')!.textContent).toBe('Meer uitleg');
    expect(more.textContent).toMatch(/Met de sneltoets in Chrome of Edge gebeurt dat pas als je dit scherm weer opent. .*klembordgeschiedenis van Windows \(Windows-toets \+ V\)/);
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

  it('About: the change list in her language and the administrators\' guide as steps to read, not a file path only', async () => {
    render(
      <App
        i18n={await createI18n('nl')}
        languages={LANGUAGES}
        services={SERVICES}
        actions={createPopupActions(await createI18n('nl'))}
        installation={{ version: CURRENT_RELEASE.version, changes: CURRENT_RELEASE.changes, flavour: 'open', browser: 'test', report: [] }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Over' }));
    const changes = await screen.findByText('Nieuw in deze versie');
    const list = changes.closest('details')!.querySelector('ul')!;
    expect(list.getAttribute('lang')).toBeNull();
    expect(list.querySelectorAll('li')).toHaveLength(CURRENT_RELEASE.changes.length);
    expect(list.textContent).toContain('Een versleuteld veiligheidsplan');
    const guide = screen.getByTestId('deployment-guide');
    expect(guide.querySelectorAll('ol li').length).toBeGreaterThanOrEqual(3);
    expect(guide.textContent).toContain('policies.json');
  });
});

describe('settings of the open flavour', () => {
  beforeEach(() => fakeBrowser.reset());
  it('say nothing about a calculator or its code: there is none', async () => {
    // the parts the fake browser cannot answer (permissions, commands), as a fresh install has them
    await renderPopup(undefined, {
      privateWindowsAllowed: async () => false,
      sitePermissionsGranted: async () => false,
      getKeepPermissions: async () => false,
      leaveKey: async () => 'Ctrl+Shift+1',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    const settings = await screen.findByTestId('quick-exit-settings', {}, { timeout: 10_000 });
    await screen.findByTestId('exit-practice');
    expect(settings.textContent).not.toMatch(/rekenmachine/i);
  });
});

describe('the change list, translated', () => {
  it.each(LANGUAGES.map((l) => l.code))('%s has every release\'s lines, as many as CHANGELOG.md (English word for word)', async (code) => {
    const about = (await import(`../../locales/${code}/about.json`)).default as { changeLines: Record<string, string[]> };
    for (const release of RELEASES) {
      const lines = about.changeLines[`v${release.version.replace(/\./g, '_')}`];
      expect(lines, release.version).toHaveLength(release.changes.length);
      if (code === 'en') expect(lines).toEqual(release.changes);
    }
  });
});

describe('dates in sources', () => {
  it('are written one way per language: a day and a month in words, a year as it is', () => {
    expect(formatSourceDate('2025-10-29', 'nl')).toBe('29 oktober 2025');
    expect(formatSourceDate('2020-07', 'nl')).toBe('juli 2020');
    expect(formatSourceDate('2020-07', 'en')).toBe('July 2020');
    expect(formatSourceDate('2016-2017', 'nl')).toBe('2016-2017');
    expect(formatSourceDate('2019', 'tr')).toBe('2019');
  });
});
