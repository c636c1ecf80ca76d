/** What a person who checks the computer can find, as the trace inspector reads it. */
export interface Traces {
  history: Array<{ url: string; title: string }>;
  recentlyClosed: Array<{ url: string; title: string }>;
  openTabs: Array<{ url: string; title: string; incognito: boolean }>;
  windowCount: number;
  cookies: Array<{ domain: string; name: string }>;
  /** The extension's own storage areas, as DevTools would show them. */
  storage: { local: Record<string, unknown>; session: Record<string, unknown> };
}

/** Pages that tell nothing: an empty tab, the browser's new-tab page. */
const NEUTRAL_PAGE = /^(about:(blank|newtab|home|privatebrowsing)|chrome:\/\/(newtab|new-tab-page(-third-party)?)\/?|chrome-search:\/\/local-ntp)/;

export interface TraceRules {
  /** Host names (with port where one is used) of help sites; the extension's own pages always count. */
  helpHosts: string[];
  /** Tabs that may stay open (the safe page, the test's own inspection pages). */
  allowedTabs?: Array<string | RegExp>;
  /** Storage keys that may remain, with the value the disguise's defaults give them (or a check of the value). */
  allowedStorage?: { local?: Record<string, unknown>; session?: Record<string, unknown> };
}

function matches(url: string, patterns: Array<string | RegExp>): boolean {
  return patterns.some((p) => (typeof p === 'string' ? url.includes(p) : p.test(url)));
}

const EXTENSION_PAGE = /^(chrome|moz)-extension:/;

function isHelp(url: string, rules: TraceRules): boolean {
  if (EXTENSION_PAGE.test(url)) return true;
  try {
    const { host, hostname } = new URL(url);
    return rules.helpHosts.includes(host) || rules.helpHosts.includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Every finding that would give help away, as readable lines; [] means nothing was found.
 * Use: `expect(findTraces(await session.traces(), rules)).toEqual([])`.
 */
export function findTraces(traces: Traces, rules: TraceRules): string[] {
  const found: string[] = [];
  for (const h of traces.history) {
    if (isHelp(h.url, rules)) found.push(`history: ${h.url} "${h.title}"`);
  }
  for (const c of traces.recentlyClosed) {
    if (isHelp(c.url, rules)) found.push(`recently closed: ${c.url} "${c.title}"`);
  }
  for (const t of traces.openTabs) {
    if (NEUTRAL_PAGE.test(t.url) || matches(t.url, rules.allowedTabs ?? [])) continue;
    if (isHelp(t.url, rules)) found.push(`open tab: ${t.url} "${t.title}"`);
  }
  for (const c of traces.cookies) {
    if (rules.helpHosts.some((h) => h.split(':')[0] === c.domain.replace(/^\./, ''))) {
      found.push(`cookie: ${c.domain} ${c.name}`);
    }
  }
  for (const area of ['local', 'session'] as const) {
    const allowed = rules.allowedStorage?.[area] ?? {};
    for (const [key, value] of Object.entries(traces.storage[area])) {
      const rule = allowed[key];
      const ok = typeof rule === 'function' ? (rule as (v: unknown) => boolean)(value) : JSON.stringify(rule) === JSON.stringify(value);
      if (!(key in allowed) || !ok) {
        found.push(`storage.${area}: ${key} = ${JSON.stringify(value).slice(0, 80)}`);
      }
    }
  }
  return found;
}

/**
 * What a quick exit leaves in the extension's storage besides the disguise's settings: its one
 * neutral record (a time, which kinds of trace were left: none, and whether the help screen said so)
 * and, without a safe page, the
 * id of the empty tab it showed (lib/quick-exit/exit-report.ts, blank-tab.ts).
 */
export const QUICK_EXIT_RECORD = {
  local: {
    lastRun: (v: unknown) =>
      ['["at","missed"]', '["at","missed","seen"]'].includes(JSON.stringify(Object.keys(v as object).sort())) && (v as { missed: unknown[] }).missed.length === 0,
  },
  session: { tab: (v: unknown) => typeof (v as { id?: unknown }).id === 'number' },
};
