import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { FirstRun } from '../../components/cover/FirstRun';
import { TranslationContext } from '../../components/i18n';
import { createI18n } from '../../lib/i18n/setup';

async function renderFirstRun(onSetCode = vi.fn(async () => undefined)) {
  const i18n = await createI18n('nl');
  render(
    <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
      <FirstRun onSetCode={onSetCode} />
    </TranslationContext.Provider>,
  );
  return onSetCode;
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

// The save button can be far below the fields (Firefox's popup scrolled to it): the field to
// correct takes focus, so the browser brings it into view under the message.
it('two different codes: the second field takes focus, nothing is saved', async () => {
  const onSetCode = await renderFirstRun();
  fireEvent.input(field('cover-code'), { target: { value: '0428' } });
  fireEvent.input(field('cover-code-again'), { target: { value: '0429' } });
  fireEvent.submit(field('cover-code').form!);
  await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(field('cover-code-again')));
  field('cover-code').focus();
  fireEvent.submit(field('cover-code').form!);
  await waitFor(() => expect(document.activeElement).toBe(field('cover-code-again')));
  expect(onSetCode).not.toHaveBeenCalled();
});

it('a code that is too short: the first field takes focus', async () => {
  await renderFirstRun();
  fireEvent.input(field('cover-code'), { target: { value: '1' } });
  fireEvent.submit(field('cover-code').form!);
  await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(field('cover-code')));
});
