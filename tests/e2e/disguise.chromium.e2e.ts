import { describeDisguise } from './disguise.suite';
import { launchChromium } from './support/chromium';

describeDisguise('Chromium (the real popup)', () => launchChromium({ flavour: 'disguised' }));
