import { useEffect, useState } from 'preact/hooks';
import { codeCandidate, INITIAL, keyFromKeyboard, press, type CalculatorState, type Key } from '../../lib/calculator/calculator';

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
  /** Called with the typed number when "=" is pressed on a plain number (the code check). */
  onEquals: (candidate: string) => void;
}

/** A calculator that really works; nothing on it hints at anything else. Always left to right. */
export function Calculator({ onEquals }: Props) {
  const [state, setState] = useState<CalculatorState>(INITIAL);

  function handle(key: Key) {
    setState((s) => {
      if (key === '=') {
        const candidate = codeCandidate(s);
        if (candidate) onEquals(candidate);
      }
      return press(s, key);
    });
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = keyFromKeyboard(event.key);
      if (!key) return;
      // Enter on a focused key button is that button's own click.
      if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'BUTTON') return;
      event.preventDefault();
      handle(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
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
