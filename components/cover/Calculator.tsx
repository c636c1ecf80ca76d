import { useEffect, useRef, useState } from 'preact/hooks';
import { codeCandidate, INITIAL, keyFromKeyboard, pasteText, press, type CalculatorState, type Key } from '../../lib/calculator/calculator';

const KEYS: Array<[Key, string, string?]> = [
  ['C', 'C', 'calc-key--fn'],
  ['Backspace', '⌫', 'calc-key--fn'],
  ['%', '%', 'calc-key--fn'],
  ['/', '÷', 'calc-key--op'],
  ['7', '7'], ['8', '8'], ['9', '9'], ['*', '×', 'calc-key--op'],
  ['4', '4'], ['5', '5'], ['6', '6'], ['-', '−', 'calc-key--op'],
  ['1', '1'], ['2', '2'], ['3', '3'], ['+', '+', 'calc-key--op'],
  ['0', '0', 'calc-key--zero'], ['.', ','], ['=', '=', 'calc-key--equals'],
];

interface Props {
  /** Called with the typed digits (leading zeros kept) when "=" is pressed on a plain number (the code check). */
  onEquals: (candidate: string) => void;
  /** Every key pressed, before it is applied. */
  onKey?: (key: Key) => void;
}

/** A calculator that really works; nothing on it hints at anything else. Always left to right. */
export function Calculator({ onEquals, onKey }: Props) {
  const [state, setState] = useState<CalculatorState>(INITIAL);
  // The keyboard listener is added once: it reads the latest state and callbacks from here.
  const latest = useRef({ state, onEquals, onKey });
  latest.current = { state, onEquals, onKey };

  function show(after: CalculatorState) {
    latest.current.state = after;
    setState(after);
  }

  function handle(key: Key) {
    const { state: before, onEquals: equals, onKey: keyed } = latest.current;
    const after = press(before, key);
    latest.current.state = after;
    setState(after);
    keyed?.(key);
    const candidate = key === '=' ? codeCandidate(before) : null;
    if (candidate) equals(candidate);
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = keyFromKeyboard(event.key);
      if (!key) return;
      // Typing in a field next to the calculator (the setup) is not calculating.
      const target = event.target as HTMLElement;
      if (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return;
      // Enter on a focused key button is that button's own click.
      if (event.key === 'Enter' && target.tagName === 'BUTTON') return;
      event.preventDefault();
      handle(key);
    };
    // Ctrl+V: a code from a password manager or a note, without remembering it (lib/calculator).
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
      event.preventDefault();
      show(pasteText(latest.current.state, event.clipboardData?.getData('text/plain') ?? ''));
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('paste', onPaste);
    };
  }, []);

  return (
    <div class="calculator" dir="ltr" data-testid="calculator">
      <output class="calc-display" aria-live="polite" data-testid="calc-display">
        {state.display}
      </output>
      <div class="calc-keys">
        {KEYS.map(([key, label, kind]) => (
          <button
            key={key}
            type="button"
            class={`calc-key ${kind ?? ''}`}
            data-key={key}
            aria-label={key === 'Backspace' ? '⌫ Del' : undefined}
            onClick={() => handle(key)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
