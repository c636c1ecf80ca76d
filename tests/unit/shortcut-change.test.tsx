import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { ShortcutChange } from '../../components/ShortcutChange';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { browserWords } from '../../lib/privacy/browser-words';

beforeEach(() => fakeBrowser.reset());

async function renderIn(language: string, node: preact.ComponentChildren) {
  const i18n = await createI18n(language);
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>{node}</TranslationContext.Provider>);
}

describe('Settings → Sneltoets: changing the key', () => {
  it('Chromium: one sentence and a button "Sneltoets veranderen" that opens the shortcuts page; no address to type', async () => {
    const openShortcutsPage = vi.fn(async () => true);
    await renderIn('nl', <ShortcutChange actions={{ browserKind: 'chromium', openShortcutsPage }} />);
    const part = screen.getByTestId('shortcut-change');
    expect(part.querySelector('p')?.textContent).toBe('Op de pagina die de knop opent, klik je op het potlood en druk je op je nieuwe toetsen.');
    expect(part.textContent).not.toContain('chrome://');
    fireEvent.click(screen.getByRole('button', { name: 'Sneltoets veranderen' }));
    expect(openShortcutsPage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(openShortcutsPage.mock.results[0]?.value).resolves.toBe(true));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Chromium: when the browser refuses, she is told what to type instead', async () => {
    await renderIn('nl', <ShortcutChange actions={{ browserKind: 'chromium', openShortcutsPage: async () => false }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sneltoets veranderen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dat lukte niet. Typ chrome://extensions/shortcuts in de adresbalk.');
  });

  it.each(LANGUAGES.map((l) => l.code))("Firefox (%s): the way there in Firefox's own words, no button, no about:addons", async (code) => {
    await renderIn(code, <ShortcutChange actions={{ browserKind: 'firefox', openShortcutsPage: async () => false }} />);
    const text = screen.getByTestId('shortcut-change').textContent ?? '';
    const words = browserWords(code);
    expect(text).toContain(words.firefoxManage);
    expect(text).toContain(words.firefoxManageShortcuts);
    expect(text).not.toContain('about:');
    expect(text).not.toContain('{{');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('Dutch quotes the item as Dutch Firefox 153 names it', async () => {
    await renderIn('nl', <ShortcutChange actions={{ browserKind: 'firefox' }} />);
    expect(screen.getByTestId('shortcut-change').textContent).toBe(
      "Sneltoets veranderen: klik met de rechtermuisknop op het pictogram van deze extensie en kies 'Extensie beheren'. Klik dan op het tandwiel en kies 'Extensiesneltoetsen beheren'.",
    );
  });

  it("the popup's action opens chrome://extensions/shortcuts in a tab, and says false when refused", async () => {
    const actions = createPopupActions(await createI18n('nl'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValueOnce({} as never);
    expect(await actions.openShortcutsPage!()).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts', active: true });
    create.mockRejectedValueOnce(new Error('refused'));
    expect(await actions.openShortcutsPage!()).toBe(false);
  });
});
