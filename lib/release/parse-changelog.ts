/** One version of CHANGELOG.md: shown in the store listings and on the popup's About screen. */
export interface Release {
  version: string;
  date: string;
  changes: string[];
}

const HEADING = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$/;

/** Reads `## <version> — <date>` headings and their `- ` lines, newest first as written. */
export function parseChangelog(markdown: string): Release[] {
  const releases: Release[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) releases.push({ version: heading[1]!, date: heading[2]!, changes: [] });
    else if (line.startsWith('- ') && releases.length > 0) releases.at(-1)!.changes.push(line.slice(2).trim());
  }
  return releases;
}
