/**
 * The day every number in the directory was last checked against docs/sources/helplines.md
 * (the verified reference with its sources). Shown with the sources and in About; change it
 * only after checking every number again.
 */
export const CHECKED_ON = '2026-11-22';
