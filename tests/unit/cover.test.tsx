import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { SERVICES } from '../../lib/directory/services';
import { createCoverActions } from '../../lib/calculator/cover-actions';
import { hashCode } from '../../lib/calculator/code';
import { watchKeys } from '../../lib/calculator/setup-keys';
import { LANGUAGES } from '../../lib/i18n/languages';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { coverCode, introSeen } from '../../lib/storage-items';

/** Words that say what is behind the calculator, in the six languages. */
const HELP_WORDS = /hulp|help|geweld|violence|yardım|şiddet|مساعدة|عنف|pomoc|przemoc|допомог|насильств|112/i;

/** One opening of the popup, as main.tsx makes it. */
async function open() {
  const i18n = await createI18n('nl');
  const actions = { ...createPopupActions(i18n), quickExit: vi.fn() };
  render(
    <Popup
      cover={await createCoverActions()}
      i18n={i18n}
      languages={LANGUAGES}
      services={SERVICES}
      actions={actions}
      installation={{ version: '0.1.0', flavour: 'disguised', browser: 'test', report: [] }}
    />,
  );
  return actions;
}

const keys = (typed: string) => {
  for (const key of typed) fireEvent.click(document.querySelector(`[data-key="${key === '*' ? '\\*' : key}"]`)!);
};
const display = () => screen.getByTestId('calc-display').textContent;
const text = () => document.body.textContent ?? '';

async function setCode(code: string) {
  const [first, again] = await screen.findAllByLabelText(/code/i, { selector: 'input' });
  fireEvent.input(first!, { target: { value: code } });
  fireEvent.input(again!, { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Code opslaan' }));
  await screen.findByTestId('practice');
}

describe('the calculator cover and its setup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the first opening explains, with Snel weg and the honest limits; later openings are a plain calculator', async () => {
    const actions = await open();
    await screen.findByTestId('first-run');
    expect(text()).toMatch(HELP_WORDS);
    expect(text()).toContain('Wat de vermomming niet verbergt');
    expect(text()).toContain('Chrome Web Store');
    expect(text()).toContain('pincode van je bankpas');
    expect([...screen.getByTestId('setup-keys').querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['%', '%', '%', '=']);
    fireEvent.click(screen.getByTestId('quick-exit'));
    expect(actions.quickExit).toHaveBeenCalled();
    await waitFor(async () => expect(await introSeen.getValue()).toBe(true));
  });

  it('after an unfinished setup: the calculator shows no help word and calculates; % % % = brings the setup back', async () => {
    await introSeen.setValue(true);
    await open();
    expect(screen.getByTestId('calculator')).toBeTruthy();
    expect(text()).not.toMatch(HELP_WORDS);
    keys('12*3=');
    expect(display()).toBe('36');
    keys('1234=');
    expect(text()).not.toMatch(HELP_WORDS);
    keys('%%%=');
    await screen.findByTestId('first-run');
  });

  it('a code with a leading zero: set, practised once on the calculator, then the help opens', async () => {
    await open();
    await setCode('0428');
    expect(screen.getByTestId('quick-exit')).toBeTruthy();
    keys('428=');
    await screen.findByText('Dat was niet je nieuwe code. Probeer het nog een keer.');
    keys('0428=');
    await screen.findByTestId('emergency-call');
    expect(await coverCode.getValue()).toMatchObject({ v: 1 });
  });

  it('with a code set: a wrong code calculates, % % % = is ordinary, the code opens the help', async () => {
    await coverCode.setValue(await hashCode('0428', 1000));
    await open();
    keys('1234=');
    keys('%%%=');
    keys('7+1=');
    expect(display()).toBe('8');
    expect(text()).not.toMatch(HELP_WORDS);
    keys('0428=');
    await screen.findByTestId('emergency-call');
  });

  it('a pasted code (Ctrl+V on the calculator) opens the help; a pasted word changes nothing', async () => {
    await coverCode.setValue(await hashCode('0428', 1000));
    await open();
    await screen.findByTestId('calculator');
    const paste = (text: string) => {
      const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      event.clipboardData = { getData: (type: string) => (type === 'text/plain' ? text : '') };
      document.body.dispatchEvent(event);
    };
    keys('12');
    paste('geheim');
    expect(display()).toBe('12');
    paste(' 0428\n');
    await waitFor(() => expect(display()).toBe('428'));
    keys('=');
    await screen.findByTestId('emergency-call');
  });

  it('the first-run step says the code can be pasted and that the display drops a leading zero, before the limits', async () => {
    await open();
    await screen.findByTestId('first-run');
    const all = text();
    expect(all).toContain('Ctrl+V');
    expect(all).toContain('0428');
    // The form comes before the long explanation: she can set the code first.
    expect(all.indexOf('Code opslaan')).toBeLessThan(all.indexOf('Wat de vermomming niet verbergt'));
  });

  it.each([
    ['of a foreign shape', { v: 2, pin: '1234' }],
    ['damaged', { v: 1, salt: '%%%not base64', iterations: 100000, hash: 'x' }],
    ['with an absurd iteration count', { v: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 1e12, hash: 'A'.repeat(43) + '=' }],
    ['a string', 'abc'],
  ])('a stored code %s: the calculator keeps calculating, and the setup says to choose a new code', async (_, stored) => {
    await fakeBrowser.storage.local.set({ keypad: stored, introSeen: true });
    await open();
    keys('1234=');
    keys('6/3=');
    expect(display()).toBe('2');
    expect(text()).not.toMatch(HELP_WORDS);
    keys('%%%=');
    await screen.findByText('Je oude code kon niet worden gelezen. Kies hieronder een nieuwe code.');
    await setCode('5791');
    keys('5791=');
    await screen.findByTestId('emergency-call');
  });
});

describe('the keys that bring the setup back', () => {
  it('fire only on the whole sequence in a row', () => {
    const watch = watchKeys();
    expect(['%', '%', '=', '%', '%', '%'].map((k) => watch(k as '%'))).toEqual([false, false, false, false, false, false]);
    expect(watch('=')).toBe(true);
    expect(watch('=')).toBe(false);
  });
});
