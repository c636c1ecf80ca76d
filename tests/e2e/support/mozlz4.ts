import { readFileSync } from 'node:fs';

/**
 * The text of a Firefox "mozlz4" file (its session files: `sessionstore-backups/recovery.jsonlz4`):
 * the magic "mozLz40\0", the decoded size (4 bytes, little-endian), then one LZ4 block. Null when
 * the file is missing or not of that kind. (No lz4 package in the project; the block format is short.)
 */
export function readMozLz4(path: string): string | null {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return null;
  }
  if (file.length < 12 || file.subarray(0, 8).toString('latin1') !== 'mozLz40\0') return null;
  const out = Buffer.alloc(file.readUInt32LE(8));
  let i = 12;
  let o = 0;
  const length = (start: number) => {
    let n = start;
    if (n === 15) for (let b = 255; b === 255; n += b) b = file[i++]!;
    return n;
  };
  while (i < file.length) {
    const token = file[i++]!;
    const literals = length(token >> 4);
    o += file.copy(out, o, i, i + literals);
    i += literals;
    if (i >= file.length) break; // the last sequence has literals only
    const offset = file[i]! | (file[i + 1]! << 8);
    i += 2;
    const match = length(token & 15) + 4;
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset]!;
  }
  return out.toString('utf8', 0, o);
}
