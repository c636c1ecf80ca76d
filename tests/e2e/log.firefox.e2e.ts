import { describeLog } from './log.suite';
import { launchFirefox } from './support/firefox';

describeLog('Firefox', () => launchFirefox());
