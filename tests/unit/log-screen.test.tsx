import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { PlanScreen } from '../../components/plan/PlanScreen';
import { SERVICES } from '../../lib/directory/services';
import { createI18n } from '../../lib/i18n/setup';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { createPlanVault } from '../../lib/vault/plan-vault';
import { PLAN_ITEMS } from '../../lib/popup/plan-actions';

const FAST = { iterations: 1000 };

async function renderPlan(print = vi.fn()) {
  const actions = createPlanActions({ params: FAST, delayMs: 10, print });
  const i18n = await createI18n('nl');
  render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
      <PlanScreen actions={actions} services={SERVICES} />
    </TranslationContext.Provider>,
  );
  await screen.findByTestId('plan-setup');
  fireEvent.input(screen.getByTestId('plan-new-passphrase'), { target: { value: 'geheim wachtwoord' } });
  fireEvent.input(screen.getByTestId('plan-confirm-passphrase'), { target: { value: 'geheim wachtwoord' } });
  fireEvent.click(screen.getByRole('button', { name: 'Begin mijn plan' }));
  await waitFor(() => expect(document.querySelector('[data-part="log"]')).not.toBeNull());
  return { actions, print };
}

function fillDraft(date: [string, string, string, string], what: string) {
  const form = screen.getByTestId('log-entry-form');
  (['day', 'month', 'year', 'time'] as const).forEach((part, i) => fireEvent.input(form.querySelector(`[data-log-date="${part}"]`)!, { target: { value: date[i] } }));
  fireEvent.input(form.querySelector('[data-log-field="what"]')!, { target: { value: what } });
}

async function addEntry(date: [string, string, string, string], what: string) {
  fireEvent.click(screen.getByTestId('log-add'));
  fillDraft(date, what);
  fireEvent.click(screen.getByTestId('log-entry-form').querySelector('[data-log-field="police"]')!);
  fireEvent.click(screen.getByTestId('log-entry-save'));
  await waitFor(() => expect(screen.queryByTestId('log-entry-form')).toBeNull());
}

const listed = () => [...document.querySelectorAll('[data-testid="log-list"] > li')].map((li) => li.textContent ?? '');
/** The printed timeline, built when she presses "print" (only then: at 1,000 long entries it takes seconds). */
async function printed(): Promise<string> {
  expect(document.querySelector('.plan-print')).toBeNull();
  fireEvent.click(screen.getByTestId('log-print'));
  await waitFor(() => expect(document.querySelector('.plan-print')).not.toBeNull(), { timeout: 5000 });
  return document.querySelector('.plan-print')!.textContent ?? '';
}

describe('the incident log screen', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());

  it('two entries written out of order are listed and printed oldest first, with both times and fingerprints, saved encrypted', async () => {
    const { print } = await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    expect(screen.getByText(/Je hebt nog niets opgeschreven/)).toBeTruthy();
    expect(document.body.textContent).toContain('niet vanzelf bewijs');
    expect(document.body.textContent).toContain('De officier van justitie beslist');
    expect(document.body.textContent).toContain('een bestand laat sporen na');
    expect(document.querySelectorAll('[data-testid="log-facts"] [data-source]')).toHaveLength(8);
    await addEntry(['10', '2', '2026', '21:15'], 'TWEEDE <b>keer</b>');
    await addEntry(['5', '1', '2026', '8.00'], 'EERSTE keer');
    const items = listed();
    expect(items[0]).toContain('maandag 5 januari 2026, 8:00');
    expect(items[0]).toContain('EERSTE');
    expect(items[1]).toContain('TWEEDE <b>keer</b>');
    await waitFor(() => expect(screen.getByTestId('log-chain').getAttribute('data-state')).toBe('intact'));
    expect(screen.getByTestId('log-receipt').textContent).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    const paper = await printed();
    expect(print).toHaveBeenCalledOnce();
    expect(paper.indexOf('EERSTE')).toBeLessThan(paper.indexOf('TWEEDE'));
    expect(paper).toContain('De politie was erbij betrokken: ja');
    expect(paper).toMatch(/Geschreven op .+ \(klok van deze computer\)\. Vingerafdruk: [0-9a-f]{4} [0-9a-f]{4}/);
    expect(paper).toMatch(/pagina 1 van \d/);
    expect(document.querySelector('.plan-print b')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toMatch(/EERSTE|TWEEDE|2026-0/);
    const again = createPlanVault(PLAN_ITEMS, { params: FAST });
    const opened = await again.unlock('geheim wachtwoord');
    expect(opened.ok && opened.plan.log?.map((e) => [e.versions[0]!.what, e.versions[0]!.police])).toEqual([
      ['TWEEDE <b>keer</b>', true],
      ['EERSTE keer', true],
    ]);
  });

  it('the date field refuses 31 February, the year 130 and tomorrow with a clear message, and loses nothing', async () => {
    await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    fireEvent.click(screen.getByTestId('log-add'));
    const problem = () => screen.getByTestId('log-date-error').getAttribute('data-problem');
    fillDraft(['31', '2', '2026', ''], 'mijn tekst');
    fireEvent.click(screen.getByTestId('log-entry-save'));
    await waitFor(() => expect(problem()).toBe('impossible'));
    expect(screen.getByRole('alert').textContent).toContain('Deze datum bestaat niet');
    fillDraft(['1', '2', '130', ''], 'mijn tekst');
    fireEvent.click(screen.getByTestId('log-entry-save'));
    await waitFor(() => expect(problem()).toBe('year'));
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    fillDraft([String(tomorrow.getDate()), String(tomorrow.getMonth() + 1), String(tomorrow.getFullYear()), ''], 'mijn tekst');
    fireEvent.click(screen.getByTestId('log-entry-save'));
    await waitFor(() => expect(problem()).toBe('future'));
    expect((document.querySelector('[data-log-field="what"]') as HTMLTextAreaElement).value).toBe('mijn tekst');
    expect(document.querySelector('[data-testid="log-list"]')).toBeNull();
  });

  it('editing keeps the earlier text and date, shown as "changed on …, earlier text"; the printout shows both', async () => {
    await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    await addEntry(['5', '1', '2026', '08:00'], 'EERSTE versie');
    // a saved entry stays open: both times and its fingerprint show at once
    expect(screen.getByTestId('log-trail').textContent).toMatch(/Geschreven op .+ Vingerafdruk: [0-9a-f]{4} [0-9a-f]{4}$/);
    fireEvent.click(screen.getByTestId('log-entry-edit'));
    expect((document.querySelector('[data-log-date="day"]') as HTMLInputElement).value).toBe('5');
    fillDraft(['4', '1', '2026', '23:30'], 'TWEEDE versie');
    fireEvent.click(screen.getByTestId('log-entry-save'));
    await waitFor(() => expect(screen.queryByTestId('log-entry-form')).toBeNull());
    expect(listed()[0]).toContain('zondag 4 januari 2026, 23:30');
    expect(listed()[0]).toContain('(gewijzigd)');
    const trail = screen.getByTestId('log-trail').textContent!;
    expect(trail).toMatch(/Gewijzigd op .+\. Eerdere tekst:/);
    expect(trail).toContain('Eerder ingevuld als gebeurd op: maandag 5 januari 2026, 8:00');
    expect(trail).toContain('EERSTE versie');
    const paper = await printed();
    expect(paper).toContain('TWEEDE versie');
    expect(paper).toContain('EERSTE versie');
    expect(paper).toContain('Eerdere tekst:');
    await waitFor(() => expect(screen.getByTestId('log-chain').getAttribute('data-state')).toBe('intact'));
  });

  it('an entry can be removed after one confirmation: its text is gone, the removal shows and the chain holds', async () => {
    await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    await addEntry(['5', '1', '2026', '08:00'], 'weg ermee');
    fireEvent.click(screen.getByRole('button', { name: 'Deze gebeurtenis verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(document.querySelector('[data-testid="log-list"]')).toBeNull());
    expect(screen.getByTestId('log-removed').textContent).toContain('1 gebeurtenis is verwijderd');
    // nothing left to print once the only entry is removed
    expect(screen.getByTestId('log-print').hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('log-chain').getAttribute('data-state')).toBe('intact'));
  });
});

describe('the decision aid', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows fitting advice with sources; a sign of high danger leads to 112 and Veilig Thuis', async () => {
    await renderPlan();
    fireEvent.click(document.querySelector('[data-part="choices"]')!);
    expect(document.querySelector('[data-testid="decision-advice"]')).toBeNull();
    fireEvent.click(document.querySelector('[data-choice="stay"]')!);
    const advice = screen.getByTestId('decision-advice');
    expect(advice.textContent).toContain('Neem één persoon in vertrouwen');
    expect(advice.querySelectorAll('[data-source]').length).toBe(advice.querySelectorAll('li').length);
    expect(screen.queryByTestId('decision-high-danger')).toBeNull();
    fireEvent.click(document.querySelector('[data-sign="weapon"]')!);
    const alert = screen.getByTestId('decision-high-danger');
    expect(alert.textContent).toContain('groot gevaar');
    expect(alert.textContent).toContain('112');
    expect(alert.textContent).toContain('0800-2000');
    expect(document.body.textContent).not.toMatch(/score:|\d+ ?%|\d+\/\d+ punten/i);
  });

  it('without a plan it can be used, and keeps nothing at all', async () => {
    const i18n = await createI18n('nl');
    render(
      <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
        <PlanScreen actions={createPlanActions({ params: FAST, delayMs: 10 })} services={SERVICES} />
      </TranslationContext.Provider>,
    );
    const aid = await screen.findByTestId('decision-without-plan');
    fireEvent.click(aid.querySelector('[data-choice="children"]')!);
    fireEvent.click(aid.querySelector('[data-sign="threatToKill"]')!);
    expect(aid.textContent).toContain('De Kindertelefoon');
    expect(aid.textContent).toContain('groot gevaar');
    expect(aid.textContent).toContain('Dit wordt nergens bewaard');
    expect(aid.querySelector('[data-testid="decision-save"]')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('keeps nothing until she saves her choices into the plan', async () => {
    await renderPlan();
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    fireEvent.click(document.querySelector('[data-part="choices"]')!);
    fireEvent.click(document.querySelector('[data-choice="money"]')!);
    fireEvent.click(document.querySelector('[data-sign="leaving"]')!);
    await new Promise((r) => setTimeout(r, 50));
    const vault = createPlanVault(PLAN_ITEMS, { params: FAST });
    let opened = await vault.unlock('geheim wachtwoord');
    expect(opened.ok && opened.plan.priorities).toBeUndefined();
    fireEvent.click(screen.getByTestId('decision-save'));
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    opened = await vault.unlock('geheim wachtwoord');
    expect(opened.ok && opened.plan.priorities).toEqual(['money']);
  });
});
