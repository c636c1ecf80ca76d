import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A picture for people to look at: `take` saves it at `$SHOTS_DIR/<name>`. Without SHOTS_DIR (as
 * in CI) nothing is taken, so that no test writes outside its own temporary folders.
 */
export async function saveShot(name: string, take: (path: `${string}.png`) => Promise<unknown>): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  const path = join(dir, name) as `${string}.png`;
  mkdirSync(join(path, '..'), { recursive: true });
  await take(path);
}
