import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { forgetQuickExitKey } from '../../components/quick-exit-key';
import { QuickExitButton } from '../../components/QuickExitButton';
import { QuickExitKeyNotice, type QuickExitKeyActions } from '../../components/QuickExitKeyNotice';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { currentQuickExitKey, fixQuickExitKey, type FixResult } from '../../lib/quick-exit/shortcut';

beforeEach(() => {
  fakeBrowser.reset();
  forgetQuickExitKey();
});

async function renderNl(node: preact.ComponentChildren) {
  const i18n = await createI18n('nl');
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>{node}</TranslationContext.Provider>);
}

function keyActions(browserKind: 'chromium' | 'firefox', keys: string[]): QuickExitKeyActions & { fixQuickExitShortcut: ReturnType<typeof vi.fn> } {
  return {
    browserKind,
    keyToChoose: 'Ctrl+Shift+1',
    leaveKey: async () => keys.shift() ?? '',
    fixQuickExitShortcut: vi.fn(async (): Promise<FixResult> => (browserKind === 'firefox' ? { status: 'set', key: 'Ctrl+Shift+1' } : { status: 'opened-shortcuts-page' })),
  };
}

describe('the quick-exit key in the popup', () => {
  it('stands beside the Snel weg button, and nothing stands there when there is none', async () => {
    await renderNl(<QuickExitButton onExit={() => undefined} readKey={async () => 'Ctrl+Shift+1'} />);
    expect((await screen.findByTestId('quick-exit-key')).textContent).toContain('Ctrl+Shift+1');
    expect(screen.getByRole('button', { name: 'Snel weg' })).toBeTruthy();
  });

  it('Chromium without a key: one line says so and what to press, one button opens the shortcuts page', async () => {
    const actions = keyActions('chromium', ['']);
    await renderNl(<QuickExitKeyNotice actions={actions} />);
    const notice = await screen.findByTestId('key-notice');
    expect(notice.textContent).toContain('Snel weg heeft nog geen sneltoets.');
    expect(notice.textContent).toContain('druk op \u2066Ctrl+Shift+1\u2069');
    fireEvent.click(screen.getByRole('button', { name: 'Pagina met sneltoetsen openen' }));
    await waitFor(() => expect(actions.fixQuickExitShortcut).toHaveBeenCalledOnce());
  });

  it('Firefox without a key: one click sets it, and the popup says which', async () => {
    const actions = keyActions('firefox', ['', 'Ctrl+Shift+1']);
    await renderNl(<QuickExitKeyNotice actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sneltoets instellen' }));
    expect((await screen.findByRole('status')).textContent).toBe('Je sneltoets voor Snel weg: \u2066Ctrl+Shift+1\u2069');
  });
});

describe('the key logic', () => {
  it('reads the first command that has a key', async () => {
    const getAll = async () => [{ name: 'clear-all', shortcut: '' }, { name: 'clear-all-2', shortcut: 'Ctrl+Shift+H' }, { name: '_execute_action', shortcut: 'Ctrl+Shift+Z' }];
    expect(await currentQuickExitKey({ getAll })).toBe('Ctrl+Shift+H');
    expect(await currentQuickExitKey({ getAll: async () => Promise.reject(new Error('no commands')) })).toBe('');
  });

  it('Firefox: tries the suggested keys until one is accepted; Chromium: opens its shortcuts page', async () => {
    let key = '';
    const update = vi.fn(async ({ shortcut }: { shortcut: string }) => {
      if (shortcut === 'Ctrl+Shift+1') throw new Error('taken');
      key = shortcut;
    });
    const commands = { getAll: async () => [{ name: 'clear-all', shortcut: key }], update };
    const tabs = { create: vi.fn(async () => ({})) };
    expect(await fixQuickExitKey({ commands, tabs }, 'firefox', false)).toEqual({ status: 'set', key: 'Alt+Shift+X' });
    expect(await fixQuickExitKey({ commands: { getAll: async () => [] }, tabs }, 'chromium', false)).toEqual({ status: 'opened-shortcuts-page' });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts', active: true });
  });
});

describe('the clipboard', () => {
  it('a quick exit from the popup leaves no number the popup copied on the clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const actions = createPopupActions(await createI18n('nl'), { writeText } as unknown as Clipboard);
    await actions.copyText('0800-2000');
    await actions.quickExit();
    expect(writeText.mock.calls.map((c: unknown[]) => c[0])).toEqual(['0800-2000', '']);
    expect(close).toHaveBeenCalled();
  });

  it('and leaves the clipboard alone when it copied nothing', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await createPopupActions(await createI18n('nl'), { writeText } as unknown as Clipboard).quickExit();
    expect(writeText).not.toHaveBeenCalled();
  });
});
