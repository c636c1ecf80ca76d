/**
 * The day the directory's facts were last compared with docs/sources/helplines.md (the verified
 * reference with its sources). Each fact carries its own check date in fact-checks.ts (this day
 * unless a fact was checked again later); About says the range and how old the sources are.
 */
export const CHECKED_ON = '2026-11-22';
