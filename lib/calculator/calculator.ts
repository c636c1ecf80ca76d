/**
 * An ordinary pocket calculator: + − × ÷, decimals, percent, clear and backspace, with the
 * usual chained evaluation (2 + 3 × 4 = 20). Pure functions over a small state, so the cover
 * is tested without a browser.
 */
export type Operator = '+' | '-' | '*' | '/';
export type Key = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | Operator | '%' | '=' | 'C' | 'Backspace';

export interface CalculatorState {
  /** What the display shows. */
  display: string;
  /** The left-hand value waiting for its operator's right-hand side. */
  stored: number | null;
  operator: Operator | null;
  /** True when the next digit starts a new number. */
  fresh: boolean;
  error: boolean;
  /**
   * The keys typed for the current entry, exactly as pressed: "0428" where the display shows
   * 428. The code check reads this, so a code with a leading zero works as it was set.
   */
  typed: string;
}

export const MAX_DIGITS = 15;
export const ERROR_TEXT = 'Error';

export const INITIAL: CalculatorState = { display: '0', stored: null, operator: null, fresh: true, error: false, typed: '' };

/** Shows a number the way a calculator does: at most 12 significant digits, no float noise. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return ERROR_TEXT;
  if (value === 0) return '0';
  const rounded = Number.parseFloat(value.toPrecision(12));
  const abs = Math.abs(rounded);
  if (abs >= 1e15 || abs < 1e-9) return rounded.toExponential(9).replace(/\.?0+e/, 'e');
  return String(rounded);
}

function apply(left: number, operator: Operator, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? Number.NaN : left / right;
  }
}

const current = (s: CalculatorState) => Number.parseFloat(s.display);

function result(value: number): CalculatorState {
  return Number.isFinite(value)
    ? { display: formatNumber(value), stored: null, operator: null, fresh: true, error: false, typed: '' }
    : { ...INITIAL, display: ERROR_TEXT, error: true };
}

export function press(state: CalculatorState, key: Key): CalculatorState {
  if (key === 'C') return INITIAL;
  if (state.error) return press(INITIAL, key);
  if (/^[0-9]$/.test(key)) {
    if (state.fresh) return { ...state, display: key, fresh: false, typed: key };
    if (state.display.replace(/[-.]/g, '').length >= MAX_DIGITS || state.typed.length >= MAX_DIGITS) return state;
    return { ...state, display: state.display === '0' ? key : state.display + key, typed: state.typed + key };
  }
  switch (key) {
    case '.':
      if (state.fresh) return { ...state, display: '0.', fresh: false, typed: '.' };
      return state.display.includes('.') ? state : { ...state, display: `${state.display}.`, typed: `${state.typed}.` };
    case 'Backspace': {
      if (state.fresh) return state;
      const shorter = state.display.slice(0, -1);
      return { ...state, display: shorter === '' || shorter === '-' ? '0' : shorter, typed: state.typed.slice(0, -1) };
    }
    case '%': {
      // 200 + 10 % = 220: percent of the stored value; on its own, a hundredth.
      const value = state.stored !== null && (state.operator === '+' || state.operator === '-') ? (state.stored * current(state)) / 100 : current(state) / 100;
      return { ...state, display: formatNumber(value), fresh: true, typed: '' };
    }
    case '=':
      if (state.operator === null || state.stored === null) return { ...state, fresh: true, typed: '' };
      return result(apply(state.stored, state.operator, current(state)));
    default: {
      const operator = key as Operator;
      // An operator: evaluate what is pending first (chained evaluation), unless the person
      // only changes her mind about the operator.
      if (state.operator !== null && state.stored !== null && !state.fresh) {
        const value = apply(state.stored, state.operator, current(state));
        if (!Number.isFinite(value)) return result(value);
        return { display: formatNumber(value), stored: value, operator, fresh: true, error: false, typed: '' };
      }
      return { ...state, stored: state.stored !== null && state.fresh ? state.stored : current(state), operator, fresh: true, typed: '' };
    }
  }
}

/** Keyboard keys as a calculator understands them; null for any other key. */
export function keyFromKeyboard(key: string): Key | null {
  if (/^[0-9]$/.test(key)) return key as Key;
  const map: Record<string, Key> = {
    '.': '.', ',': '.', '+': '+', '-': '-', '*': '*', x: '*', X: '*', '/': '/', ':': '/', '%': '%',
    '=': '=', Enter: '=', Escape: 'C', Delete: 'C', Backspace: 'Backspace',
  };
  return map[key] ?? null;
}

/**
 * The digits typed as the current entry when "=" is pressed with nothing pending: what the
 * cover compares with the person's code, leading zeros included. A calculation never counts.
 */
export function codeCandidate(state: CalculatorState): string | null {
  return state.operator === null && !state.fresh && /^\d+$/.test(state.typed) ? state.typed : null;
}

/** What a paste may hold: a number of at most MAX_DIGITS digits, with one decimal point or comma. */
const PASTABLE = new RegExp(`^\\d{1,${MAX_DIGITS}}([.,]\\d{1,${MAX_DIGITS}})?$`);

/**
 * Pasted text (Ctrl+V) as a new entry, key by key, exactly as if typed: a code pasted from a
 * password manager or a note then opens the help like a typed one, leading zeros included
 * (WCAG 2.2 3.3.8: no test of memory without an alternative). Spaces around and inside are
 * ignored ("0428 " or "04 28"); anything else (letters, a sum) leaves the calculator as it was.
 */
export function pasteText(state: CalculatorState, text: string): CalculatorState {
  const number = text.replace(/\s+/g, '');
  if (!PASTABLE.test(number)) return state;
  let next: CalculatorState = state.error ? INITIAL : { ...state, fresh: true };
  for (const char of number) next = press(next, keyFromKeyboard(char)!);
  return next;
}
