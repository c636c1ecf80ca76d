import { describePlan } from './plan.suite';
import { launchFirefox } from './support/firefox';

describePlan('Firefox', () => launchFirefox());
