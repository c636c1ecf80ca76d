import { describePlan } from './plan.suite';
import { launchChromium } from './support/chromium';

describePlan('Chromium (the real popup)', () => launchChromium());
