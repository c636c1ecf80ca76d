import { launchFirefox } from './support/firefox';
import { describeTopics } from './topics.suite';

describeTopics('Firefox', () => launchFirefox());
