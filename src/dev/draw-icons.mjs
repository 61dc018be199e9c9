// Draws Folio's toolbar and store icons (16, 32, 48, 128 px) as PNG files in
// public/icons: a teal tile with a white page of text lines and a folded
// corner. Pure Node (zlib for PNG), supersampled for smooth edges, so the
// icons are reproducible from this file: `node src/dev/draw-icons.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SS = 8; // supersamples per axis

function roundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the icon at (u, v) in [0, 1]²; null is transparent. */
function shade(u, v, size) {
  if (!roundRect(u, v, 0, 0, 1, 1, 0.2)) return null;
  const tile = [15 + 20 * v, 94 + 30 * (1 - v), 90 + 20 * (1 - v)];
  const px = 1 / size;
  // The page: a white sheet with its top-right corner folded.
  const p0 = 0.24,
    p1 = 0.76,
    q0 = 0.16,
    q1 = 0.84,
    fold = 0.16;
  const onPage = u >= p0 && u <= p1 && v >= q0 && v <= q1 && u - p1 + fold <= v - q0;
  if (!onPage) {
    const inFold = u >= p1 - fold && u <= p1 && v >= q0 && v <= q0 + fold && u - (p1 - fold) >= v - q0;
    return inFold ? [185, 222, 216] : tile;
  }
  const lines =
    size <= 16 ? [0.42, 0.58, 0.72] : size <= 32 ? [0.38, 0.5, 0.62, 0.72] : [0.36, 0.46, 0.56, 0.66, 0.74];
  const half = Math.max(0.028, 0.9 * px);
  for (const [i, ly] of lines.entries()) {
    const right = i === lines.length - 1 ? 0.56 : 0.68;
    if (Math.abs(v - ly) <= half && u >= 0.32 && u <= right) return tile;
  }
  return [255, 255, 255];
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));
console.log('icons written to public/icons');
