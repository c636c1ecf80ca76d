import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { OpenSiteDialog } from '../../components/OpenSiteDialog';
import { PrivateAccessReturn } from '../../components/PrivateAccessReturn';
import { PrivateWindowsFirstRun } from '../../components/PrivateWindowsFirstRun';
import { createI18n } from '../../lib/i18n/setup';
import { createPrivateAccess } from '../../lib/privacy/private-access';
import { privateAccessShownAt } from '../../lib/storage-items';
import type { PrivateAccessActions } from '../../lib/screen-actions';

beforeEach(() => fakeBrowser.reset());

async function renderIn(language: string, node: preact.ComponentChildren) {
  const i18n = await createI18n(language);
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>{node}</TranslationContext.Provider>);
}

function access(browserKind: 'chromium' | 'firefox', answers: boolean[], found: boolean | null = null) {
  return {
    browserKind,
    privateWindowsAllowed: vi.fn(async () => answers.shift() ?? false),
    markPrivateStepsShown: vi.fn(async () => undefined),
    openPrivateAccessSettings: vi.fn(async () => browserKind === 'chromium'),
    takePrivateAccessReturn: vi.fn(async () => found),
  } satisfies PrivateAccessActions;
}

function dialog(privateAccess: PrivateAccessActions, more: { onOpenPrivate?: () => void; onOpenInTab?: () => void; granted?: boolean } = {}) {
  return (
    <OpenSiteDialog
      site="veiligthuis.nl"
      problem="private-not-allowed"
      browserKind={privateAccess.browserKind}
      permissionsGranted={more.granted ?? true}
      refused={false}
      privateAccess={privateAccess}
      onOpenPrivate={more.onOpenPrivate}
      onAllowPermissions={() => undefined}
      onOpenInTab={more.onOpenInTab ?? (() => undefined)}
      onClose={() => undefined}
      onCopy={async () => true}
    />
  );
}

const steps = () => [...screen.getByTestId('private-steps').querySelectorAll('li')].map((li) => li.textContent);

describe('the website dialog when private windows are off', () => {
  it("Chromium: three steps with Chromium's own words, a button to its page, and the check says what it found", async () => {
    const actions = access('chromium', [false, false, true]);
    await renderIn('nl', dialog(actions));
    await screen.findByTestId('private-steps');
    expect(steps()).toEqual([
      "Klik hieronder op 'Instellingen openen'. De browser opent de pagina van deze extensie.",
      "Zet 'Toestaan in incognitomodus' aan.",
      'Klik daarna weer op het pictogram van deze extensie. Dan zie je hier of het gelukt is.',
    ]);
    expect(actions.markPrivateStepsShown).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen openen' }));
    expect(actions.openPrivateAccessSettings).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Kijk of het aanstaat' }));
    await waitFor(() => expect(screen.getByTestId('private-check-result').textContent).toBe('Het staat nog uit. Volg de stappen en kijk daarna nog eens.'));
    fireEvent.click(screen.getByRole('button', { name: 'Kijk of het aanstaat' }));
    await waitFor(() => expect(screen.getByTestId('private-check-result').textContent).toBe('Het staat aan.'));
    expect(screen.getByTestId('private-steps').dataset.allowed).toBe('true');
  });

  it("Firefox: its own words in Arabic, and no button to a page Firefox does not let an extension open", async () => {
    await renderIn('ar', dialog(access('firefox', [false])));
    await screen.findByTestId('private-steps');
    expect(steps()[0]).toContain("'أدِر الامتداد'");
    expect(steps()[1]).toBe("عند 'تشغيله في النوافذ الخاصة' اختاري 'مسموح'.");
    expect(screen.queryByTestId('open-private-settings')).toBeNull();
  });

  it('the normal tab comes after the private window, and only after the sentence on what it leaves', async () => {
    const onOpenInTab = vi.fn();
    await renderIn('nl', dialog(access('chromium', [false]), { onOpenInTab }));
    await screen.findByTestId('private-steps');
    const order = [...document.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(order.indexOf('private-steps')).toBeLessThan(order.indexOf('tab-leaves'));
    expect(order.indexOf('tab-leaves')).toBeLessThan(order.indexOf('open-in-tab'));
    expect(screen.getByTestId('tab-leaves').textContent).toBe(
      'Een gewoon tabblad blijft in de geschiedenis van deze computer tot je Snel weg gebruikt, en is ook op andere apparaten te zien als deze browser synchroniseert.',
    );
    // The private way is the strong button; the tab is the quiet one.
    expect(screen.getByTestId('open-private-settings').classList.contains('secondary')).toBe(false);
    expect(screen.getByTestId('open-in-tab').classList.contains('secondary')).toBe(true);
    fireEvent.click(screen.getByTestId('open-in-tab'));
    expect(onOpenInTab).toHaveBeenCalled();
  });

  it('once on (for instance after a refused permission): no steps, the website in a private window', async () => {
    const onOpenPrivate = vi.fn();
    const actions = access('chromium', [true]);
    await renderIn('nl', dialog(actions, { onOpenPrivate, granted: false }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open in een privévenster' }));
    expect(onOpenPrivate).toHaveBeenCalled();
    expect(screen.queryByRole('list')).toBeNull();
    expect(actions.markPrivateStepsShown).not.toHaveBeenCalled();
  });
});

describe('coming back from the browser settings', () => {
  it('says it worked', async () => {
    await renderIn('nl', <PrivateAccessReturn actions={access('chromium', [], true)} />);
    expect((await screen.findByTestId('private-return')).textContent).toContain('Gelukt: deze extensie mag nu werken in privévensters.');
    fireEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByTestId('private-return')).toBeNull();
  });

  it('says it is still off, and shows the way again', async () => {
    await renderIn('nl', <PrivateAccessReturn actions={access('firefox', [false], false)} />);
    expect((await screen.findByTestId('private-return')).textContent).toContain('Nog niet gelukt');
    await screen.findByTestId('private-steps');
  });

  it('says nothing when she was not sent there', async () => {
    const actions = access('chromium', [], null);
    await renderIn('nl', <PrivateAccessReturn actions={actions} />);
    await waitFor(() => expect(actions.takePrivateAccessReturn).toHaveBeenCalled());
    expect(screen.queryByTestId('private-return')).toBeNull();
  });
});

describe('the first-run step', () => {
  it('Chromium: the way to private windows, and what a store install does on other computers', async () => {
    await renderIn('nl', <PrivateWindowsFirstRun actions={access('chromium', [false])} />);
    await screen.findByTestId('private-steps');
    expect(screen.getByTestId('install-sync').textContent).toContain('Chrome Web Store');
  });

  it('Firefox, open flavour (listed on its store, so synced): says so', async () => {
    await renderIn('en', <PrivateWindowsFirstRun actions={access('firefox', [true])} />);
    expect((await screen.findByTestId('private-on')).textContent).toBe('This extension may work in private windows. Help websites open in a private window.');
    expect(screen.getByTestId('install-sync').textContent).toContain('Firefox can also put this extension on other computers');
  });
});

describe('seeing the steps is not trying them (the next opening says "not yet" only after she tried)', () => {
  /** The popup's real wiring (lib/popup/actions.ts) over a fake browser where the switch is off. */
  function realAccess(browserKind: 'chromium' | 'firefox') {
    const access = createPrivateAccess(
      { extension: { isAllowedIncognitoAccess: async () => false }, tabs: { create: async () => ({}) }, runtime: { id: 'abc' } },
      browserKind,
      privateAccessShownAt,
    );
    return {
      browserKind,
      privateWindowsAllowed: access.allowed,
      markPrivateStepsShown: access.markShown,
      openPrivateAccessSettings: access.openSettings,
      takePrivateAccessReturn: access.takeReturn,
    } satisfies PrivateAccessActions;
  }

  /** The next opening: the return notice reads (and forgets) the moment; then what shows. */
  async function nextOpening(actions: PrivateAccessActions) {
    cleanup();
    let answer: Promise<boolean | null> | undefined;
    const take = () => (answer = actions.takePrivateAccessReturn!());
    await renderIn('nl', <PrivateAccessReturn actions={{ ...actions, takePrivateAccessReturn: take }} />);
    await waitFor(() => expect(answer).toBeDefined());
    const found = await answer;
    expect(await privateAccessShownAt.getValue()).toBeNull();
    if (found === null) return null;
    return screen.findByTestId('private-return');
  }

  it.each(['chromium', 'firefox'] as const)('%s: the disguised first run shows the steps; the next opening says nothing', async (kind) => {
    const actions = realAccess(kind);
    await renderIn('nl', <PrivateWindowsFirstRun actions={actions} />);
    await screen.findByTestId('private-steps');
    await waitFor(async () => expect(await privateAccessShownAt.getValue()).not.toBeNull());
    expect(await nextOpening(actions)).toBeNull();
    expect(document.body.textContent).not.toContain('Nog niet gelukt');
  });

  it('Chromium: after "Instellingen openen", the next opening says it is still off', async () => {
    const actions = realAccess('chromium');
    await renderIn('nl', dialog(actions));
    fireEvent.click(await screen.findByRole('button', { name: 'Instellingen openen' }));
    await waitFor(async () => expect(await privateAccessShownAt.getValue()).toEqual(expect.objectContaining({ tried: true })));
    expect((await nextOpening(actions))?.textContent).toContain('Nog niet gelukt');
  });

  it('Firefox: after she asked and heard "not yet", the next opening says it is still off', async () => {
    const actions = realAccess('firefox');
    await renderIn('nl', dialog(actions));
    fireEvent.click(await screen.findByRole('button', { name: 'Kijk of het aanstaat' }));
    await waitFor(() => expect(screen.getByTestId('private-check-result').textContent).toBe('Het staat nog uit. Volg de stappen en kijk daarna nog eens.'));
    await waitFor(async () => expect(await privateAccessShownAt.getValue()).toEqual(expect.objectContaining({ tried: true })));
    expect((await nextOpening(actions))?.textContent).toContain('Nog niet gelukt');
  });
});
