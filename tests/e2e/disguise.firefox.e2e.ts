import { describeDisguise } from './disguise.suite';
import { launchFirefox } from './support/firefox';

describeDisguise('Firefox', () => launchFirefox({ flavour: 'disguised' }));
