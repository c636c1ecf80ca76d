import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TranslationContext } from '../../components/i18n';
import { ReadAloud, SpeechContext } from '../../components/ReadAloud';
import { createSpeech } from '../../lib/popup/speech';
import { createI18n } from '../../lib/i18n/setup';

function fakeSynth(voices: Array<{ lang: string; localService: boolean }>) {
  return { getVoices: () => voices as SpeechSynthesisVoice[], speak: vi.fn(), cancel: vi.fn() };
}
class FakeUtterance {
  voice: unknown;
  lang = '';
  constructor(readonly text: string) {}
}

describe('read aloud', () => {
  it('uses only a voice installed on the computer, for the page language', () => {
    const online = createSpeech(fakeSynth([{ lang: 'nl-NL', localService: false }]), FakeUtterance as never);
    expect(online.canSpeak('nl')).toBe(false);
    const synth = fakeSynth([{ lang: 'en-GB', localService: true }, { lang: 'nl-NL', localService: true }]);
    const local = createSpeech(synth, FakeUtterance as never);
    expect(local.canSpeak('nl')).toBe(true);
    expect(local.canSpeak('ar')).toBe(false);
    local.speak('Hallo', 'nl');
    expect(synth.speak).toHaveBeenCalledWith(expect.objectContaining({ text: 'Hallo', lang: 'nl-NL' }));
  });

  it('shows the button only when a local voice exists, and it reads the page', async () => {
    const i18n = await createI18n('nl');
    const speech = { canSpeak: (l: string) => l === 'nl', speak: vi.fn(), stop: vi.fn() };
    render(
      <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
        <SpeechContext.Provider value={speech}>
          <ReadAloud text={() => 'Geweld in huis'} />
        </SpeechContext.Provider>
      </TranslationContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(speech.speak).toHaveBeenCalledWith('Geweld in huis', 'nl');
    expect(screen.getByRole('button', { name: 'Stop met voorlezen' })).toBeTruthy();
  });

  it('shows nothing without a voice', async () => {
    const i18n = await createI18n('nl');
    const { container } = render(
      <TranslationContext.Provider value={{ t: i18n.getFixedT('nl'), language: 'nl' }}>
        <SpeechContext.Provider value={{ canSpeak: () => false, speak: vi.fn(), stop: vi.fn() }}>
          <ReadAloud text={() => ''} />
        </SpeechContext.Provider>
      </TranslationContext.Provider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
