/**
 * When the phone numbers, opening hours and costs in the directory were last checked against
 * their sources: the date the verified reference (docs/sources/helplines.md) was assembled.
 * Shown on the About screen; update it with every re-check of the reference.
 */
export const NUMBERS_CHECKED_ON = '2026-11-22';
