import { render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { AboutInstallation } from '../../components/AboutInstallation';
import { HighDanger } from '../../components/decision/HighDanger';
import { TranslationContext } from '../../components/i18n';
import { PlanExitNote } from '../../components/QuickExitKeepChoices';
import { ServiceSources } from '../../components/sources/ServiceSources';
import { SourceList } from '../../components/topics/SourceList';
import { SERVICES } from '../../lib/directory/services';
import { createI18n } from '../../lib/i18n/setup';
import nlTopics from '../../locales/nl/topics.json';

async function inLanguage(language: string, node: ComponentChildren) {
  const i18n = await createI18n(language);
  await i18n.loadNamespaces('topics').catch(() => undefined);
  return render(<TranslationContext.Provider value={{ t: i18n.getFixedT(language), language }}>{node}</TranslationContext.Provider>);
}
const service = (id: string) => SERVICES.find((s) => s.id === id)!;

describe('the danger box', () => {
  it('shows 112 and Veilig Thuis with the full directory', async () => {
    await inLanguage('nl', <HighDanger services={SERVICES} />);
    const box = screen.getByTestId('decision-high-danger').textContent ?? '';
    expect(box).toContain('112');
    expect(box).toContain('0800-2000');
  });
  it('still shows a number that works (112) when a policy hides Veilig Thuis, and no empty Veilig Thuis line', async () => {
    await inLanguage('nl', <HighDanger services={SERVICES.filter((s) => s.id !== 'veilig-thuis' && s.id !== 'emergency')} />);
    const box = screen.getByTestId('decision-high-danger').textContent ?? '';
    expect(box).toContain('112');
    expect(box).not.toContain('Veilig Thuis');
  });
  it('after strangulation: see a doctor even without visible injury', async () => {
    await inLanguage('nl', <HighDanger services={SERVICES} signs={['strangled']} />);
    expect(screen.getByTestId('decision-strangled').textContent).toContain('dokter');
  });
});

describe('the plan screen says what Snel weg does with the plan, as she chose', () => {
  it('delete (the default): the plan and its log are wiped', async () => {
    await inLanguage('nl', <PlanExitNote keepsOnExit={() => Promise.resolve(false)} />);
    const note = await screen.findByTestId('plan-exit-note');
    expect(note.textContent).toContain('Snel weg wist dit plan');
    expect(note.textContent).toContain('Wat er gebeurde');
  });
  it('keep: the plan and its log stay, encrypted; never "wist dit plan"', async () => {
    await inLanguage('nl', <PlanExitNote keepsOnExit={() => Promise.resolve(true)} />);
    await waitFor(() => expect(screen.getByTestId('plan-exit-note').dataset.keeps).toBe('yes'));
    const note = screen.getByTestId('plan-exit-note').textContent ?? '';
    expect(note).toContain('bewaart dit plan versleuteld');
    expect(note).toContain('Wat er gebeurde');
    expect(note).not.toContain('wist dit plan');
  });
});

describe('sources as a reader reads them', () => {
  it.each(['nl', 'tr', 'ar', 'pl', 'uk'])('%s: a topic page lists organisations and documents, no research pointers, no English labels', async (language) => {
    await inLanguage(language, <SourceList sources={[...nlTopics.pages['police-report'].sources, ...nlTopics.pages['stalking-digital'].sources]} />);
    const items = [...document.querySelectorAll('.topic-page__sources li')].map((li) => li.textContent ?? '');
    expect(items.length).toBeGreaterThan(3);
    for (const text of items) {
      expect(text).not.toMatch(/seed|reference:|l\.\d|helplines\.md/i);
      expect(text).not.toMatch(/GREVIO report|Dutch law|quoted in|news report|undated/);
    }
    expect(items.some((text) => text.startsWith('Rijksoverheid: ') && text.includes('GREVIO') && text.includes('2016–2017'))).toBe(true);
  });
  it('a service card gives each fact its own source and check date', async () => {
    await inLanguage('nl', <ServiceSources service={service('juridisch-loket')} />);
    const facts = [...document.querySelectorAll<HTMLElement>('[data-fact-source]')];
    expect(facts.map((f) => f.dataset.factSource)).toEqual(['number', 'hours', 'cost']);
    for (const f of facts) {
      expect(f.textContent).toContain('Het Juridisch Loket: website (juridischloket.nl), zonder datum');
      expect(f.textContent).toContain('Gecontroleerd op 22 november 2026');
    }
  });
  it('About says when the facts were compared and how old their sources are, not one date for everything', async () => {
    await inLanguage('nl', <AboutInstallation info={{ version: '1', flavour: 'open', browser: 'test', report: [] }} />);
    const line = screen.getByTestId('numbers-checked').textContent ?? '';
    expect(line).toContain('op 22 november 2026 vergeleken met hun bronnen');
    expect(line).toContain('van 2016 tot 2025');
    expect(line).toContain('sommige hebben geen datum');
  });
});
