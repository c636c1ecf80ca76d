import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { LogEntryForm } from '../../components/log/LogEntryForm';
import { PassphraseSetup } from '../../components/plan/PassphraseSetup';
import { PlanFieldInput } from '../../components/plan/PlanFieldInput';
import { UnlockForm } from '../../components/plan/UnlockForm';
import { createI18n } from '../../lib/i18n/setup';
import { newDraft } from '../../lib/plan/log-draft';

let t: (key: string) => string;
beforeAll(async () => {
  // happy-dom lacks the spellcheck IDL attribute real browsers have (Preact sets the property
  // there, which writes spellcheck="false"); give it the same reflection. The e2e test checks
  // the real browsers (tests/e2e/harden-fields.*.e2e.ts).
  if (!('spellcheck' in HTMLElement.prototype)) {
    Object.defineProperty(HTMLElement.prototype, 'spellcheck', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('spellcheck') !== 'false';
      },
      set(this: HTMLElement, value: unknown) {
        this.setAttribute('spellcheck', String(Boolean(value)));
      },
    });
  }
  t = (await createI18n('nl')).getFixedT('nl') as unknown as (key: string) => string;
});
const inDutch = (children: ComponentChildren) => (
  <TranslationContext.Provider value={{ t: t as never, language: 'nl' }}>{children}</TranslationContext.Provider>
);
const noop = async () => undefined;

function fieldsOf(container: Element) {
  return [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type="checkbox"]):not([type="radio"]):not([type="datetime-local"]), textarea')];
}

describe('no password manager offers to save the passphrase (issue 26)', () => {
  it.each([
    ['the first-use form', () => <PassphraseSetup onCreate={noop} />],
    ['the unlock form', () => <UnlockForm initialWaitMs={0} onUnlock={async () => ({ ok: false, reason: 'wrong', waitMs: 0 })} />],
  ])('%s has no password field and no autocomplete hint, and is shown as dots', (_, form) => {
    const { container } = render(inDutch(form()));
    const fields = fieldsOf(container);
    expect(fields.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('input[type="password"]')).toHaveLength(0);
    for (const field of fields) {
      expect(field.getAttribute('type')).toBe('text');
      expect(field.getAttribute('autocomplete')).toBe('off');
      expect(field.spellcheck).toBe(false);
      expect(field.getAttribute('autocapitalize')).toBe('off');
      expect(field.classList.contains('plan-secret')).toBe(true);
    }
  });

  it('the style sheet shows those fields as dots', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('entrypoints/popup/style.css', 'utf8')).toMatch(/\.plan-secret\s*\{\s*-webkit-text-security:\s*disc;?\s*\}/);
  });
});

describe('no spell checker reads the plan or the log (issue 26)', () => {
  it.each([
    ['a plan line', () => <PlanFieldInput field={{ id: 'codeWord', kind: 'line' }} value="" onInput={() => undefined} />],
    ['a plan text', () => <PlanFieldInput field={{ id: 'warningSigns', kind: 'text' }} value="" onInput={() => undefined} />],
    ['a log entry', () => <LogEntryForm draft={newDraft(new Date(0))} problem={null} onChange={() => undefined} onSave={() => undefined} onCancel={() => undefined} />],
  ])('%s: spellcheck, autocorrect, autocapitalize and autocomplete off', (_, field) => {
    const { container } = render(inDutch(field()));
    const fields = fieldsOf(container);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      expect(f.spellcheck, f.outerHTML).toBe(false);
      expect(f.getAttribute('autocapitalize'), f.outerHTML).toBe('off');
      expect(f.getAttribute('autocorrect'), f.outerHTML).toBe('off');
      expect(f.getAttribute('autocomplete'), f.outerHTML).toBe('off');
    }
  });
});

describe('the passphrase is guided in plain words (issue 26)', () => {
  it('the first-use form says that a few unrelated words are stronger than a short code, and the field points to it', () => {
    const { container } = render(inDutch(<PassphraseSetup onCreate={noop} />));
    const tip = container.querySelector('#plan-passphrase-tip');
    expect(tip?.textContent).toMatch(/een paar losse woorden .* sterker dan een korte code/);
    expect(container.querySelector('[data-testid="plan-new-passphrase"]')?.getAttribute('aria-describedby')).toBe('plan-passphrase-tip');
  });
});
