import { describeFocus } from './focus.suite';
import { launchFirefox } from './support/firefox';

// The stand-in tab gets the size of a toolbar popup (Firefox's are at most 800 × 600).
describeFocus('Firefox', () => launchFirefox(), (page) => page.setViewport({ width: 400, height: 600 }));
