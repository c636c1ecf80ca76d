import { useEffect, useRef, useState } from 'preact/hooks';
import { CODE_MAX, CODE_MIN, isValidCode } from '../../lib/calculator/code';
import { SETUP_KEYS } from '../../lib/calculator/setup-keys';
import { useTranslation } from '../i18n';
import { QuickExitIntro, type QuickExitPracticeActions } from '../QuickExitPractice';
import { PrivateWindowsFirstRun } from '../PrivateWindowsFirstRun';
import type { PrivateAccessActions } from '../../lib/screen-actions';

interface Props {
  onSetCode: (code: string) => Promise<void>;
  /** In settings: the same form without the introduction. */
  compact?: boolean;
  /** The stored code could not be read: she chooses a new one. */
  damaged?: boolean;
  /** Snel weg's key and practice, shown in the first-run step. */
  leave?: QuickExitPracticeActions;
  /** Private windows for help websites: the browser's switch and its check. */
  privateWindows?: PrivateAccessActions;
}

type Problem = 'invalid' | 'different' | null;

/** Explains the disguise, says what it cannot hide, and sets the code that opens the help. */
export function FirstRun({ onSetCode, compact = false, damaged = false, leave, privateWindows }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [saved, setSaved] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);
  const againField = useRef<HTMLInputElement>(null);
  // After a problem: focus goes to the field to correct, so it scrolls into view below the
  // header with the message just above it (the save button can be far below them).
  const toCorrect = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    toCorrect.current?.focus();
    toCorrect.current = null;
  });

  function showProblem(kind: Problem, field: HTMLInputElement | null) {
    toCorrect.current = field;
    setProblem(kind);
    if (kind === problem) field?.focus(); // the same problem again renders nothing new
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!isValidCode(code)) return showProblem('invalid', codeField.current);
    if (code !== again) return showProblem('different', againField.current);
    setProblem(null);
    await onSetCode(code);
    setSaved(true);
  }

  return (
    <section class="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{compact ? t('cover:changeTitle') : t('cover:title')}</h2>
      {!compact && (
        <>
          {damaged && <p role="status">{t('cover:damaged')}</p>}
          <p>{t('cover:what')}</p>
          <p>{t('cover:howToOpen')}</p>
        </>
      )}
      <form onSubmit={submit} class="first-run__form">
        {problem && (
          <p class="form-error" role="alert">
            {problem === 'invalid' ? t('cover:invalid', { min: CODE_MIN, max: CODE_MAX }) : t('cover:different')}
          </p>
        )}
        <label for="cover-code">{t('cover:codeLabel', { min: CODE_MIN, max: CODE_MAX })}</label>
        <input ref={codeField} id="cover-code" aria-describedby="cover-code-hints" type="password" inputMode="numeric" autocomplete="off" dir="ltr" maxLength={CODE_MAX} value={code} onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value.trim())} />
        <label for="cover-code-again">{t('cover:codeAgain')}</label>
        <input ref={againField} id="cover-code-again" type="password" inputMode="numeric" autocomplete="off" dir="ltr" maxLength={CODE_MAX} value={again} onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value.trim())} />
        <p class="hint" id="cover-code-hints">
          {!compact && <>{t('cover:noBankPin')} </>}
          {t('cover:zeroHint')}
        </p>
        <p class="hint">{t('cover:pasteHint')}</p>
        <button type="submit">{t('cover:save')}</button>
        {saved && <p role="status">{t('cover:saved')}</p>}
      </form>
      {/* The rest after the form: she can set her code first and read this after (issue 25). */}
      {!compact && (
        <>
          <p>{t('cover:leave')}</p>
          <p data-testid="setup-keys">
            {t('cover:later')}{' '}
            <span class="setup-keys" dir="ltr" aria-label={SETUP_KEYS.join(' ')}>
              {SETUP_KEYS.map((key, i) => (
                <kbd key={i}>{key}</kbd>
              ))}
            </span>
          </p>
          {leave && <QuickExitIntro actions={leave} />}
          {privateWindows && <PrivateWindowsFirstRun actions={privateWindows} />}
          <h3>{t('cover:limitsTitle')}</h3>
          <ul>
            <li>{t('cover:limitDetails')}</li>
            <li>{t('cover:limitFiles')}</li>
            <li>{t('cover:limitSync')}</li>
            <li>{t('cover:limitSpyware')}</li>
            <li>{t('cover:limitWatching')}</li>
          </ul>
        </>
      )}
    </section>
  );
}
