import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranslationContext } from '../../components/i18n';
import { PlanScreen } from '../../components/plan/PlanScreen';
import { SERVICES } from '../../lib/directory/services';
import { createI18n } from '../../lib/i18n/setup';
import { MAX_FIELD_LENGTH } from '../../lib/plan/steps';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { planVault } from '../../lib/storage-items';

const FAST = { iterations: 1000 };
const MARKUP = '<img src=x onerror="alert(1)"> שלום 👩🏽‍⚕️ مرحبا';

async function renderPlan(actions = createPlanActions({ params: FAST, delayMs: 10 })) {
  const i18n = await createI18n('nl');
  render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
      <PlanScreen actions={actions} services={SERVICES} />
    </TranslationContext.Provider>,
  );
  return actions;
}

async function setUp(pass = 'geheim wachtwoord') {
  await screen.findByTestId('plan-setup');
  fireEvent.input(screen.getByTestId('plan-new-passphrase'), { target: { value: pass } });
  fireEvent.input(screen.getByTestId('plan-confirm-passphrase'), { target: { value: pass } });
  fireEvent.click(screen.getByRole('button', { name: 'Begin mijn plan' }));
  await waitFor(() => expect(document.querySelector('[data-field="warningSigns"]')).not.toBeNull());
}

describe('the safety plan screen', () => {
  beforeEach(() => fakeBrowser.reset());

  it('explains that the passphrase cannot be recovered and checks the confirm field', async () => {
    await renderPlan();
    await screen.findByTestId('plan-setup');
    expect(document.body.textContent).toContain('kan niemand je plan nog openen');
    fireEvent.input(screen.getByTestId('plan-new-passphrase'), { target: { value: 'een lang wachtwoord' } });
    fireEvent.input(screen.getByTestId('plan-confirm-passphrase'), { target: { value: 'iets anders' } });
    fireEvent.click(screen.getByRole('button', { name: 'Begin mijn plan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('niet hetzelfde');
    expect(await planVault.getValue()).toBeNull();
  });

  it('shows typed markup, RTL and emoji exactly, as text, and saves it', async () => {
    await renderPlan();
    await setUp();
    const field = document.querySelector('[data-field="warningSigns"]') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: MARKUP } });
    expect(field.value).toBe(MARKUP);
    expect(document.querySelector('.plan img')).toBeNull();
    expect(document.querySelector('.plan-print')!.textContent).toContain(MARKUP);
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('onerror');
  });

  it('shows a counter and stops each field at its maximum', async () => {
    await renderPlan();
    await setUp();
    const field = document.querySelector('[data-field="warningSigns"]') as HTMLTextAreaElement;
    expect(field.maxLength).toBe(MAX_FIELD_LENGTH);
    fireEvent.input(field, { target: { value: 'abc' } });
    expect(document.body.textContent).toContain(`3 van ${MAX_FIELD_LENGTH} tekens`);
    fireEvent.input(field, { target: { value: 'x'.repeat(MAX_FIELD_LENGTH) } });
    expect(document.body.textContent).toContain(`Dit vak is vol (${MAX_FIELD_LENGTH} tekens).`);
  });

  it('marks advice from Dutch organisations and general advice', async () => {
    await renderPlan();
    await setUp();
    expect(document.querySelector('[data-advice="call112"] [data-source="nl-org"]')!.textContent).toBe('Advies van Veilig Thuis West-Brabant, Sterk Huis');
    expect(document.querySelector('[data-advice="kitchen"] [data-source="general"]')!.textContent).toBe('Algemeen advies');
    // On a computer the numbers are text to dial on a phone, not tel: links.
    expect(document.querySelectorAll('.plan a[href^="tel:"]')).toHaveLength(0);
    expect([...document.querySelectorAll('.plan .plan-number__digits')].map((a) => a.textContent)).toEqual(['112', '0800-2000', '112', '0800-0432']);
  });

  it('says when storage is full and keeps the last saved version', async () => {
    const actions = await renderPlan();
    await setUp();
    const field = document.querySelector('[data-field="money"]') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'eerste versie' } });
    await waitFor(() => expect(screen.getByTestId('plan-save-state').getAttribute('data-state')).toBe('saved'));
    const saved = await planVault.getValue();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.input(field, { target: { value: 'tweede versie' } });
    await waitFor(() => expect(screen.getByTestId('plan-save-state').textContent).toContain('De opslag is vol'));
    vi.restoreAllMocks();
    expect(await planVault.getValue()).toEqual(saved);
    await actions.lock();
  });

  it('corrupt data: says so, keeps it, and starts again only after confirmation', async () => {
    await planVault.setValue('not a plan at all');
    await renderPlan();
    await screen.findByTestId('plan-corrupt');
    expect(document.body.textContent).toContain('We hebben niets verwijderd');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(await planVault.getValue()).toBe('not a plan at all');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, begin opnieuw' }));
    await setUp();
    expect(await planVault.getValue()).toMatchObject({ v: 2 });
  });

  it('"delete my plan" asks once for confirmation', async () => {
    await renderPlan();
    await setUp();
    fireEvent.click(screen.getByTestId('plan-delete'));
    expect(await planVault.getValue()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijder mijn plan' }));
    await screen.findByTestId('plan-setup');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
