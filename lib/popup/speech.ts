/**
 * Reading a page aloud with a voice that is installed on the computer (`localService`), so
 * nothing is sent to an online voice service. Without such a voice for the language, no
 * button is shown.
 */
import type { Speech } from '../screen-actions';

type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'>;

export function localVoice(synth: Synth | undefined, language: string): SpeechSynthesisVoice | undefined {
  return synth?.getVoices().find((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === language);
}

export function createSpeech(synth: Synth | undefined = globalThis.speechSynthesis, Utterance = globalThis.SpeechSynthesisUtterance): Speech {
  return {
    canSpeak: (language) => !!Utterance && !!localVoice(synth, language),
    speak(text, language) {
      const voice = localVoice(synth, language);
      if (!synth || !voice || !Utterance) return;
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      synth.speak(utterance);
    },
    stop: () => synth?.cancel(),
  };
}
