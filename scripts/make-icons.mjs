// Draws the toolbar icons of each flavour as PNG files in assets/icons/<flavour>/.
// Run `node scripts/make-icons.mjs` after changing a drawing; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling per axis
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const CLEAR = [0, 0, 0, 0];

/** A plain calculator: dark body, light display, a grid of keys, an orange "=" key. */
function calculator(x, y) {
  if (!inRoundRect(x, y, 0.12, 0.04, 0.88, 0.96, 0.1)) return CLEAR;
  if (inRoundRect(x, y, 0.2, 0.12, 0.8, 0.32, 0.04)) return [214, 232, 214, 1];
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 3; col++) {
      const x0 = 0.2 + col * 0.21, y0 = 0.4 + row * 0.18;
      if (inRoundRect(x, y, x0, y0, x0 + 0.16, y0 + 0.13, 0.03)) {
        return row === 2 && col === 2 ? [245, 145, 32, 1] : [236, 236, 240, 1];
      }
    }
  return [60, 64, 72, 1];
}

/** The open flavour: a purple tile with a white house and a door. */
function house(x, y) {
  if (!inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) return CLEAR;
  const purple = [75, 46, 131, 1], white = [255, 255, 255, 1];
  const roof = y >= 0.2 && y <= 0.48 && Math.abs(x - 0.5) <= (y - 0.2) * 1.15;
  const body = x >= 0.26 && x <= 0.74 && y >= 0.46 && y <= 0.8;
  const door = x >= 0.44 && x <= 0.56 && y >= 0.6 && y <= 0.8;
  return (roof || body) && !door ? white : purple;
}

for (const [flavour, draw] of [['disguised', calculator], ['open', house]]) {
  const dir = new URL(`../assets/icons/${flavour}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, dir), png(size, draw));
}
