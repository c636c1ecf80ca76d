import { exitReport } from '../storage-items';

/**
 * The one record a quick exit keeps about itself: when it ran, and which kinds of trace it could
 * not remove, checked afterwards with what the browser lets it read (lib/quick-exit/check.ts).
 * Neutral on purpose: no site, no word of help, only category names. The help screen (and the
 * safety check) say from it what she may still remove by hand.
 */
export const EXIT_CATEGORIES = ['history', 'recentlyClosed', 'siteData', 'tabs', 'storage', 'permissions'] as const;
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];

export interface ExitReport {
  /** ms since the epoch. */
  at: number;
  /** What is still there: empty when the quick exit removed everything it looked for. */
  missed: ExitCategory[];
  /** The help screen has shown it once (the safety check shows it always). */
  seen?: boolean;
  /**
   * Written by the cleaning at the next start after the browser closed (or crashed) with a help
   * tab open, not by a quick exit she pressed: the line then says so.
   */
  afterClose?: boolean;
}

const STORED_KEY = exitReport.key.slice(exitReport.key.indexOf(':') + 1);

/** What can be trusted of a stored report; null for nothing or nonsense. */
export function sanitiseExitReport(value: unknown): ExitReport | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at) || !Array.isArray(v.missed)) return null;
  const missed = EXIT_CATEGORIES.filter((c) => (v.missed as unknown[]).includes(c));
  return { at: v.at, missed, ...(v.seen === true ? { seen: true } : {}), ...(v.afterClose === true ? { afterClose: true } : {}) };
}

/** Reads the last quick exit's report (for the help screen and the safety check). */
export async function readExitReport(storage: { local: { get(keys: string): Promise<Record<string, unknown>> } }): Promise<ExitReport | null> {
  const stored = await storage.local.get(STORED_KEY).catch(() => ({}) as Record<string, unknown>);
  return sanitiseExitReport(stored[STORED_KEY]);
}

export async function writeExitReport(storage: { local: { set(items: Record<string, unknown>): Promise<void> } }, report: ExitReport): Promise<void> {
  await storage.local.set({ [STORED_KEY]: report });
}

/**
 * For the help screen: the last report if it was not shown yet, marked as shown, so the line
 * appears once, the next time she opens the help.
 */
export async function takeUnseenExitReport(storage: {
  local: { get(keys: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
}): Promise<ExitReport | null> {
  const report = await readExitReport(storage);
  if (!report || report.seen) return null;
  await writeExitReport(storage, { ...report, seen: true }).catch(() => undefined);
  return report;
}
