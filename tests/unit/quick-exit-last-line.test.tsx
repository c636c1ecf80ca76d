import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { LastExitLine } from '../../components/LastExitLine';
import { createI18n } from '../../lib/i18n/setup';
import { takeUnseenExitReport, writeExitReport } from '../../lib/quick-exit/exit-report';

beforeEach(() => fakeBrowser.reset());

async function renderNl(node: preact.ComponentChildren) {
  const i18n = await createI18n('nl');
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>{node}</TranslationContext.Provider>);
}

const take = () => takeUnseenExitReport(fakeBrowser.storage);

describe('the last quick exit, on the help screen', () => {
  it('says in one line that everything was removed, once', async () => {
    await writeExitReport(fakeBrowser.storage, { at: 1, missed: [] });
    await renderNl(<LastExitLine take={take} />);
    expect((await screen.findByTestId('last-exit')).textContent).toBe('Snel weg heeft de vorige keer alles weggehaald.');
    expect(await take()).toBeNull(); // shown: the next opening says nothing
  });

  it('says what could not be removed and what to do by hand', async () => {
    await writeExitReport(fakeBrowser.storage, { at: 1, missed: ['history', 'siteData'] });
    await renderNl(<LastExitLine take={take} />);
    const text = (await screen.findByTestId('last-exit')).textContent;
    expect(text).toContain('Snel weg kon de vorige keer niet alles weghalen.');
    expect(text).toContain('Ctrl+H');
    expect(text).toContain('Cookies en websitegegevens');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('after the browser closed with a help site open, it says so, not that Snel weg failed (she did not press it)', async () => {
    await writeExitReport(fakeBrowser.storage, { at: 1, missed: ['recentlyClosed'], afterClose: true });
    await renderNl(<LastExitLine take={take} />);
    const text = (await screen.findByTestId('last-exit')).textContent;
    expect(text).toContain('De browser ging dicht terwijl een hulpwebsite nog open was.');
    expect(text).not.toContain('Snel weg kon');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('says nothing when there was no quick exit', async () => {
    await renderNl(<LastExitLine take={take} />);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByTestId('last-exit')).toBeNull();
  });
});
