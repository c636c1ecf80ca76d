import { describeLog } from './log.suite';
import { launchChromium } from './support/chromium';

describeLog('Chromium (the real popup)', () => launchChromium());
