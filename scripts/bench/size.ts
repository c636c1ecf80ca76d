import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './stats';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Files a module pulls in before it runs: its static imports, recursively (not import()). */
function staticClosure(dir: string, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const code = readFileSync(join(dir, start), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    const path = spec.startsWith('/') ? spec.slice(1) : join(start, '..', spec);
    staticClosure(dir, path, seen);
  }
  return seen;
}

/** The popup's first-load JS and CSS, gzipped; languages loaded later are reported apart. */
export function popupSize(dir: string): Figure[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1]!);
  const files = new Set<string>(styles);
  for (const s of scripts) for (const f of staticClosure(dir, s)) files.add(f);
  const initial = [...files].reduce((sum, f) => sum + gz(join(dir, f)), 0);
  return [
    { name: 'popup initial JS+CSS (gzip)', value: Math.round(initial / 102.4) / 10, unit: 'KB', target: '< 35', note: [...files].join(' ') },
  ];
}
