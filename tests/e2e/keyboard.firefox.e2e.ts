import { describeKeyboard } from './keyboard.suite';
import { launchFirefox } from './support/firefox';

// popup.html in a tab (support/firefox.ts), sized as a toolbar popup (Firefox's are at most 800 × 600).
describeKeyboard('Firefox', (flavour) => launchFirefox({ flavour }), (page) => page.setViewport({ width: 400, height: 600 }));
