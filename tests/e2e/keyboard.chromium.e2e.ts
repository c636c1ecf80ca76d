import { describeKeyboard } from './keyboard.suite';
import { launchChromium } from './support/chromium';

// The real toolbar popup (action.openPopup()).
describeKeyboard('Chromium', (flavour) => launchChromium({ flavour }));
