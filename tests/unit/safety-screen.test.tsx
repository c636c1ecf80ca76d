import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { forgetQuickExitKey } from '../../components/quick-exit-key';
import { SafetyCheckScreen } from '../../components/safety/SafetyCheckScreen';
import { TabSyncNotice } from '../../components/safety/TabSyncNotice';
import { createI18n } from '../../lib/i18n/setup';
import { createSafetyActions, type SafetyBrowser } from '../../lib/safety/actions';
import type { SafetyCheckState } from '../../lib/safety/check';
import type { QuickExitKeyActions, SafetyCheckActions } from '../../lib/screen-actions';

beforeEach(() => {
  fakeBrowser.reset();
  forgetQuickExitKey();
});

async function renderIn(language: string, node: preact.ComponentChildren) {
  const i18n = await createI18n(language);
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>{node}</TranslationContext.Provider>);
}

const keyActions = (browserKind: 'chromium' | 'firefox', key = 'Ctrl+Shift+1'): QuickExitKeyActions => ({
  browserKind,
  keyToChoose: 'Ctrl+Shift+1',
  leaveKey: async () => key,
  fixQuickExitShortcut: async () => ({ status: 'opened-shortcuts-page' }),
});

const STATE: SafetyCheckState = {
  privateWindows: 'not-allowed',
  quickExitKey: { kind: 'set', key: 'Ctrl+Shift+1' },
  tabSync: { kind: 'needs-permission' },
  exitKeeps: { plan: 'none', permissions: 'returned', code: false, removesExtension: false },
  otherExtensions: { kind: 'needs-permission' },
  lastExit: null,
};

function actionsFor(states: SafetyCheckState[]): SafetyCheckActions & { allow: ReturnType<typeof vi.fn>; giveBack: ReturnType<typeof vi.fn> } {
  let i = 0;
  return {
    read: async () => states[Math.min(i++, states.length - 1)]!,
    readTabSync: async () => states[0]!.tabSync,
    allow: vi.fn(async () => true),
    giveBack: vi.fn(async () => true),
  };
}

const lineText = (id: string) => screen.getByTestId(`safety-${id}`).textContent ?? '';
const status = (id: string) => screen.getByTestId(`safety-${id}`).getAttribute('data-status');

describe('the safety check screen', () => {
  it('shows each line\'s state in words, and what it cannot see, marked as such', async () => {
    const privateAccess = { browserKind: 'chromium' as const, privateWindowsAllowed: async () => false, markPrivateStepsShown: vi.fn(async () => undefined) };
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([STATE])} keyActions={keyActions('chromium')} privateAccess={privateAccess} onOpenSettings={() => undefined} />);
    await screen.findByTestId('safety-extensions');
    await screen.findByTestId('private-steps');
    expect(status('private')).toBe('attention');
    expect(lineText('private')).toContain('Let op');
    expect(lineText('private')).toContain('Toestaan in incognitomodus');
    // The screen keeps nothing it read: it does not note that it showed the way to private windows.
    expect(privateAccess.markPrivateStepsShown).not.toHaveBeenCalled();
    expect(status('key')).toBe('ok');
    expect(lineText('key')).toContain('In orde');
    expect(status('sync')).toBe('unknown');
    expect(lineText('exit-keeps')).toContain('Er is geen plan bewaard.');
    expect(lineText('exit-keeps')).toContain('De toestemmingen voor websites worden teruggegeven.');
    const unseen = screen.getByTestId('safety-cannot-see');
    expect(within(unseen).getByRole('heading').textContent).toBe('Wat deze check niet kan zien');
    expect(within(unseen).getAllByText('Niet te zien')).toHaveLength(5);
    // Nothing of the last quick exit without a report.
    expect(screen.queryByTestId('safety-last-exit')).toBeNull();
  });

  it('asks for a permission from the click and reads again: other extensions are listed by name with what they read', async () => {
    const after: SafetyCheckState = {
      ...STATE,
      tabSync: { kind: 'shares', devices: ['Pixel 7', 'Werklaptop'] },
      otherExtensions: { kind: 'listed', extensions: [{ id: 'a', name: 'Snapshot Pro', reads: ['every-site', 'history'], byAdministrator: false }, { id: 'b', name: 'Kantoor', reads: ['history'], byAdministrator: true }] },
    };
    const actions = actionsFor([STATE, after]);
    await renderIn('nl', <SafetyCheckScreen actions={actions} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bekijk de extensies' }));
    expect(actions.allow).toHaveBeenCalledWith('management');
    await waitFor(() => expect(status('extensions')).toBe('attention'));
    expect(lineText('extensions')).toContain('2 andere extensies kunnen meelezen:');
    expect(lineText('extensions')).toContain('Snapshot Pro: kan elke website lezen, kan je geschiedenis lezen');
    expect(lineText('extensions')).toContain('Kantoor: kan je geschiedenis lezen Geïnstalleerd door de beheerder');
    expect(lineText('extensions')).toContain("Klik bij de naam op 'Verwijderen'.");
    expect(lineText('extensions')).toContain('Dan kan die merken dat hij weg is.');
    expect(status('sync')).toBe('attention');
    expect(lineText('sync')).toContain('Deze browser deelt zijn open tabbladen met 2 andere apparaten:');
    expect(lineText('sync')).toContain('Pixel 7');
    // It removes no extension itself: the only actions are asking and giving back its own permission.
    fireEvent.click(within(screen.getByTestId('safety-extensions')).getByRole('button', { name: 'Toestemming teruggeven' }));
    await waitFor(() => expect(actions.giveBack).toHaveBeenCalledWith('management'));
  });

  it('says so when the browser refused, and changes nothing', async () => {
    const actions = actionsFor([STATE]);
    actions.allow.mockResolvedValue(false);
    await renderIn('nl', <SafetyCheckScreen actions={actions} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bekijk of tabbladen gedeeld worden' }));
    expect((await screen.findByTestId('safety-refused')).textContent).toBe('De browser gaf geen toestemming. Er is niets veranderd.');
    expect(actions.allow).toHaveBeenCalledWith('sessions');
  });

  it('Firefox: no sync button, its menu\'s own words instead; a kept plan and permissions are marked', async () => {
    const firefox: SafetyCheckState = { ...STATE, privateWindows: 'allowed', tabSync: { kind: 'look-in-menu' }, exitKeeps: { plan: 'kept', permissions: 'kept', code: true, removesExtension: true } };
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([firefox])} keyActions={keyActions('firefox')} onOpenSettings={() => undefined} />);
    await screen.findByTestId('safety-extensions');
    expect(screen.queryByRole('button', { name: 'Bekijk of tabbladen gedeeld worden' })).toBeNull();
    expect(lineText('sync')).toContain("'Synchroniseren en gegevens opslaan' met 'Aanmelden'");
    expect(status('private')).toBe('ok');
    expect(status('exit-keeps')).toBe('attention');
    expect(lineText('exit-keeps')).toContain('Je plan en je logboek blijven bewaard, versleuteld met je wachtwoord.');
    expect(lineText('exit-keeps')).toContain('De code van de rekenmachine blijft altijd bewaard.');
    expect(lineText('exit-keeps')).toContain('Daarna verwijdert Snel weg ook deze extensie.');
  });

  it('no key set: the existing one-step fix is offered in the line', async () => {
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([{ ...STATE, quickExitKey: { kind: 'unset' } }])} keyActions={keyActions('chromium', '')} onOpenSettings={() => undefined} />);
    await screen.findByTestId('safety-extensions');
    await waitFor(() => expect(lineText('key')).toContain('Snel weg heeft nog geen sneltoets.'));
    expect(status('key')).toBe('attention');
    expect(within(screen.getByTestId('safety-key')).getByRole('button', { name: 'Pagina met sneltoetsen openen' })).toBeTruthy();
  });

  it('shows the last quick exit from its own record: what it could not remove, and what to do by hand', async () => {
    const state: SafetyCheckState = { ...STATE, lastExit: { at: Date.UTC(2026, 11, 6, 20, 15), missed: ['history'] } };
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([state])} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    const line = await screen.findByTestId('safety-last-exit');
    expect(line.textContent).toContain('kon niet alles weghalen');
    expect(line.textContent).toContain('Ctrl+H');
    expect(status('last-exit')).toBe('attention');
  });

  it('after the browser closed with a help site open, the line says that, not "your last quick exit"', async () => {
    const state: SafetyCheckState = { ...STATE, lastExit: { at: Date.UTC(2026, 11, 6, 20, 15), missed: ['recentlyClosed'], afterClose: true } };
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([state])} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    const line = await screen.findByTestId('safety-last-exit');
    expect(line.textContent).toMatch(/De browser ging dicht \(.+\) terwijl een hulpwebsite nog open was\./);
    expect(line.textContent).not.toContain('Snel weg');
    expect(status('last-exit')).toBe('attention');
  });

  it('says when the last quick exit removed everything, and nothing before the first', async () => {
    await renderIn('nl', <SafetyCheckScreen actions={actionsFor([{ ...STATE, lastExit: { at: Date.UTC(2026, 11, 6, 20, 15), missed: [] } }])} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    await screen.findByTestId('safety-last-exit');
    expect(status('last-exit')).toBe('ok');
  });

  it('in Arabic: the lines are translated, plural forms included', async () => {
    const after: SafetyCheckState = { ...STATE, otherExtensions: { kind: 'listed', extensions: [{ id: 'a', name: 'Snapshot Pro', reads: ['every-site'], byAdministrator: false }, { id: 'b', name: 'B', reads: ['history'], byAdministrator: false }] } };
    await renderIn('ar', <SafetyCheckScreen actions={actionsFor([after])} keyActions={keyActions('chromium')} onOpenSettings={() => undefined} />);
    await screen.findByTestId('safety-extensions');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('فحص الأمان');
    expect(lineText('extensions')).toContain('إضافتان أخريان');
  });
});

describe('the sync line of the website dialog', () => {
  it('says when this browser shares its tabs, where to look in Firefox, and nothing when unknown', async () => {
    await renderIn('nl', <TabSyncNotice state={{ kind: 'shares', devices: ['Pixel 7'] }} />);
    expect(screen.getByTestId('tab-sync-notice').textContent).toBe('Let op: deze browser deelt zijn open tabbladen met 1 ander apparaat. Een gewoon tabblad is daar ook te zien.');
  });

  it('Firefox: where to look; unknown or none seen: nothing', async () => {
    await renderIn('nl', <TabSyncNotice state={{ kind: 'look-in-menu' }} />);
    expect(screen.getByTestId('tab-sync-notice').textContent).toContain('Firefox-menu (☰)');
    for (const kind of ['none-seen', 'needs-permission', 'unknown'] as const) {
      document.body.innerHTML = '';
      await renderIn('nl', <TabSyncNotice state={{ kind }} />);
      expect(screen.queryByTestId('tab-sync-notice')).toBeNull();
    }
  });
});

describe('the popup\'s safety actions', () => {
  it('ask for and give back exactly one permission, and read the browser each time (a permission adds its API)', async () => {
    const request = vi.fn(async () => true);
    const remove = vi.fn(async () => true);
    const current: { sessions?: SafetyBrowser['sessions'] } = {};
    const browser = (): SafetyBrowser => ({
      extension: { isAllowedIncognitoAccess: async () => true },
      storage: fakeBrowser.storage,
      permissions: { contains: async () => true, request, remove },
      runtime: { id: 'self' },
      ...current,
    });
    const actions = createSafetyActions(browser, () => ({ getAll: async () => [] }), 'chromium');
    expect(await actions.readTabSync()).toEqual({ kind: 'unknown' });
    current.sessions = { getDevices: async () => [{ deviceName: 'Laptop' }] };
    expect(await actions.readTabSync()).toEqual({ kind: 'shares', devices: ['Laptop'] });
    await actions.allow('management');
    expect(request).toHaveBeenCalledWith({ permissions: ['management'] });
    await actions.giveBack('sessions');
    expect(remove).toHaveBeenCalledWith({ permissions: ['sessions'] });
    request.mockRejectedValueOnce(new Error('no gesture'));
    expect(await actions.allow('sessions')).toBe(false);
  });
});
