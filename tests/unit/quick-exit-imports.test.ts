import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const DIR = join(__dirname, '../../lib/quick-exit');

/** The modules of lib/quick-exit each imports from the same folder (type-only imports too). */
function localImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(DIR, file), 'utf8');
    const targets = [...source.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => `${m[1]}.ts`);
    graph.set(file, targets);
  }
  return graph;
}

it('quick exit has no import circle: each module can be read from its imports down', () => {
  const graph = localImports();
  const circles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (path.includes(file)) return void circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  };
  for (const file of graph.keys()) visit(file, []);
  expect(circles).toEqual([]);
});
