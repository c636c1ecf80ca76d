import { describeHub } from './hub.suite';
import { launchChromium } from './support/chromium';

describeHub('Chromium (the real popup)', () => launchChromium());
