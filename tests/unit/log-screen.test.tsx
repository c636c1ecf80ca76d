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

function addEntry(at: string, what: string) {
  fireEvent.click(screen.getByTestId('log-add'));
  const form = screen.getByTestId('log-entry-form');
  fireEvent.input(form.querySelector('[data-log-field="at"]')!, { target: { value: at } });
  fireEvent.input(form.querySelector('[data-log-field="what"]')!, { target: { value: what } });
  fireEvent.click(form.querySelector('[data-log-field="police"]')!);
  fireEvent.click(screen.getByTestId('log-entry-done'));
}

describe('the incident log screen', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two entries written out of order are listed and printed oldest first, saved encrypted', async () => {
    const { print } = await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    expect(screen.getByText(/Je hebt nog niets opgeschreven/)).toBeTruthy();
    expect(document.body.textContent).toContain('niet vanzelf bewijs');
    expect(document.body.textContent).toContain('een bestand laat sporen na');
    addEntry('2026-02-10T21:15', 'TWEEDE <b>keer</b>');
    addEntry('2026-01-05T08:00', 'EERSTE keer');
    const items = [...document.querySelectorAll('[data-testid="log-list"] > li')].map((li) => li.textContent);
    expect(items[0]).toContain('maandag 5 januari 2026, 08:00');
    expect(items[0]).toContain('EERSTE');
    expect(items[1]).toContain('TWEEDE <b>keer</b>');
    const printed = document.querySelector('.plan-print')!.textContent!;
    expect(printed.indexOf('EERSTE')).toBeLessThan(printed.indexOf('TWEEDE'));
    expect(printed).toContain('De politie was erbij betrokken: ja');
    expect(document.querySelector('.plan-print b')).toBeNull();
    fireEvent.click(screen.getByTestId('log-print'));
    expect(print).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toMatch(/EERSTE|TWEEDE|2026-0/);
    const again = createPlanVault(PLAN_ITEMS, { params: FAST });
    const opened = await again.unlock('geheim wachtwoord');
    expect(opened.ok && opened.plan.log?.map((e) => [e.what, e.police])).toEqual([
      ['TWEEDE <b>keer</b>', true],
      ['EERSTE keer', true],
    ]);
  });

  it('an entry can be deleted after one confirmation', async () => {
    await renderPlan();
    fireEvent.click(document.querySelector('[data-part="log"]')!);
    addEntry('2026-01-05T08:00', 'weg ermee');
    fireEvent.click(document.querySelector('[data-testid="log-list"] button.log-summary')!);
    fireEvent.click(screen.getByRole('button', { name: 'Deze gebeurtenis verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(document.querySelector('[data-testid="log-list"]')).toBeNull();
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
