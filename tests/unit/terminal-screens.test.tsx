import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AboutInstallation } from '../../components/AboutInstallation';
import { TranslationContext } from '../../components/i18n';
import { TerminalNotice, TerminalPlanTexts } from '../../components/TerminalNotice';
import { useTranslation } from '../../components/i18n';
import { CHECKED_ON } from '../../lib/directory/checked';
import { SERVICES } from '../../lib/directory/services';
import { createI18n } from '../../lib/i18n/setup';
import { parsePolicy } from '../../lib/policy/parse';

async function inLanguage(language: string, ui: preact.ComponentChildren) {
  const i18n = await createI18n(language);
  await i18n.changeLanguage(language);
  render(<TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>{ui}</TranslationContext.Provider>);
}

const ids = new Set(SERVICES.map((s) => s.id));

describe('visitors of a public terminal are told', () => {
  it('that everything is erased after the set minutes, and to print or write down what to keep', async () => {
    await inLanguage('en', <TerminalNotice terminal={{ idleWipeMinutes: 10 }} />);
    expect(screen.getByTestId('terminal-notice').textContent).toBe(
      'On this computer everything is erased when the browser closes or after 10 minutes without use. Print or write down what you want to keep.',
    );
  });

  it('in Dutch, with "je", and without minutes when there is no idle wipe', async () => {
    await inLanguage('nl', <TerminalNotice terminal={{ idleWipeMinutes: null }} />);
    expect(screen.getByTestId('terminal-notice').textContent).toBe('Op deze computer wordt alles gewist als de browser sluit. Print of schrijf op wat je wilt bewaren.');
  });

  it('with the plural the language needs (Arabic, Polish)', async () => {
    await inLanguage('pl', <TerminalNotice terminal={{ idleWipeMinutes: 5 }} />);
    expect(screen.getByTestId('terminal-notice').textContent).toContain('po 5 minutach bez używania');
  });

  it('the plan does not promise that everything is saved', async () => {
    const Intro = () => <p data-testid="intro">{useTranslation().t('plan:setup.intro')}</p>;
    await inLanguage('en', <TerminalPlanTexts><Intro /></TerminalPlanTexts>);
    const text = screen.getByTestId('intro').textContent ?? '';
    expect(text).not.toMatch(/saved at once/);
    expect(text).toMatch(/this computer does not keep it: print it or write it down/);
  });
});

describe('About, for library staff', () => {
  const { policy, report } = parsePolicy(
    { ephemeral: true, idleWipeMinutes: 10, defaultLanguage: 'nl', safePage: 'http://not-secure.example', constructor: 1 },
    ids,
  );

  it('says each applied setting in one plain sentence, with the raw value under it', async () => {
    await inLanguage('en', <AboutInstallation info={{ version: '1', flavour: 'open', browser: 'test', report, policy }} />);
    const entry = (key: string) => document.querySelector(`[data-key="${key}"]`)!;
    expect(entry('idleWipeMinutes').querySelector('.about__sentence')?.textContent).toBe('This computer erases everything after 10 minutes without use.');
    expect(entry('idleWipeMinutes').querySelector('.about__given')?.textContent).toBe('10');
    expect(entry('ephemeral').querySelector('.about__sentence')?.textContent).toMatch(/keeps nothing of a visitor/);
    expect(entry('defaultLanguage').querySelector('.about__sentence')?.textContent).toBe('The help opens in this language: Nederlands.');
  });

  it("gives refused values with their reason in the reader's language", async () => {
    await inLanguage('nl', <AboutInstallation info={{ version: '1', flavour: 'open', browser: 'test', report, policy }} />);
    const safePage = document.querySelector('[data-key="safePage"]')!;
    expect(safePage.getAttribute('data-status')).toBe('refused');
    expect(safePage.querySelector('.about__reason')?.textContent).toBe('safePage moet beginnen met https://');
    expect(safePage.querySelector('.about__given')?.textContent).toBe('"http://not-secure.example"');
    expect(document.querySelector('[data-key="constructor"] .about__reason')?.textContent).toBe('Deze extensie heeft geen instelling met deze naam.');
  });

  it('says where the deployment guide is and when the numbers were last checked', async () => {
    await inLanguage('ar', <AboutInstallation info={{ version: '1', flavour: 'open', browser: 'test', report: [] }} />);
    expect(screen.getByTestId('deployment-guide').textContent).toContain('docs/deployment.en.md');
    const checked = screen.getByTestId('numbers-checked').textContent ?? '';
    expect(checked).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${CHECKED_ON}T12:00:00Z`)));
  });
});
