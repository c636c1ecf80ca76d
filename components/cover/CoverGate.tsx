import { useMemo } from 'preact/hooks';
import type { CoverActions } from '../../lib/calculator/cover-actions';
import { watchKeys } from '../../lib/calculator/setup-keys';
import { Calculator } from './Calculator';

interface Props {
  cover: Pick<CoverActions, 'code' | 'verifyCode'>;
  /** The code was typed ('help'), or the setup keys while no code is set ('setup'). */
  onOpen: (stage: 'setup' | 'help') => void;
}

/**
 * The calculator alone. It is the whole first screen of the disguised popup, and the module
 * that draws it imports nothing of the help: the help's code and texts load only once the code
 * (or, while no code is set, the setup keys shown in the setup) was typed.
 */
export function CoverGate({ cover, onOpen }: Props) {
  const setupKeys = useMemo(() => watchKeys(), []);
  const hasCode = cover.code === 'set';
  return (
    <div class="popup popup--cover">
      <Calculator
        onKey={(key) => {
          if (setupKeys(key) && !hasCode) onOpen('setup');
        }}
        onEquals={(candidate) => {
          if (hasCode) void cover.verifyCode(candidate).then((ok) => ok && onOpen('help'));
        }}
      />
    </div>
  );
}
