import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a picture for people to look at goes: `$SHOTS_DIR/<name>`, or undefined when SHOTS_DIR is
 * not set (as in CI), so that no test writes outside its own temporary folders.
 */
export function shotPath(name: string): `${string}.png` | undefined {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return undefined;
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  return path as `${string}.png`;
}
