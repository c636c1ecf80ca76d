import changelogMarkdown from '../../CHANGELOG.md?raw';
import { parseChangelog, type Release } from './parse-changelog';

export { parseChangelog, type Release };

export const RELEASES: readonly Release[] = parseChangelog(changelogMarkdown);

/** The release this build is: the newest entry, whose version a test keeps equal to package.json's. */
export const CURRENT_RELEASE: Release = RELEASES[0]!;
