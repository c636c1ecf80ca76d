import { describeFocus } from './focus.suite';
import { launchChromium } from './support/chromium';

describeFocus('Chromium (the real popup)', () => launchChromium());
