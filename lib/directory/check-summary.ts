import { CHECKED_ON } from './checked';
import type { CheckSummary } from './fact-checks';

/**
 * What About says about all the directory's facts together: the range of their check dates and
 * how old their sources are. Written out here so About's chunk carries no service data (the
 * disguised build keeps help words out of the chunks a cover can load); tests/unit/content-facts
 * checks it equals checkSummary() over lib/directory/fact-checks.ts.
 */
export const CHECK_SUMMARY: CheckSummary = {
  checkedFrom: CHECKED_ON,
  checkedTo: CHECKED_ON,
  oldestSource: 2016,
  newestSource: 2025,
  someUndated: true,
};
