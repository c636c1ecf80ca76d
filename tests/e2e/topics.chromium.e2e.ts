import { launchChromium } from './support/chromium';
import { describeTopics } from './topics.suite';

describeTopics('Chromium (the real popup)', () => launchChromium());
