import { describeHub } from './hub.suite';
import { launchFirefox } from './support/firefox';

describeHub('Firefox', () => launchFirefox());
