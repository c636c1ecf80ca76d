import { describeSecretFields } from './harden-fields.suite';
import { launchFirefox } from './support/firefox';

// Firefox's login manager (the "save login" doorhanger) only acts on fields that are or were
// type="password" (LoginHelper.isPasswordFieldType); the suite checks there are none.
describeSecretFields('Firefox', () => launchFirefox());
