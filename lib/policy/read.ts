import type { PolicyResult } from './types';
import { parsePolicy } from './parse';

/** The part of `browser.storage` the policy needs. */
export interface ManagedStorage {
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged?: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
}

/**
 * Reads the browser's managed configuration. Without a policy Firefox rejects (no managed
 * storage manifest) and Chromium returns {}: both mean "no policy", never an error.
 */
export async function readPolicy(storage: ManagedStorage, serviceIds: ReadonlySet<string>): Promise<PolicyResult> {
  let raw: unknown = {};
  try {
    raw = (await storage.managed?.get(null)) ?? {};
  } catch {
    raw = {};
  }
  return parsePolicy(raw, serviceIds);
}

/** Calls `onChange` when an administrator changes the policy while the browser runs. */
export function watchPolicy(storage: ManagedStorage, onChange: () => void): void {
  storage.onChanged?.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}
