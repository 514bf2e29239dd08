// Draws the toolbar icon (a magnifying lens over a plus) as PNGs without any image
// library, so a fresh machine can regenerate them: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const s = size / 128;
  const px = Buffer.alloc(size * size * 4);
  const cx = 54 * s;
  const cy = 54 * s;
  const rOut = 40 * s;
  const rIn = 30 * s;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // 4x supersampling for smooth edges
      let cover = 0;
      let ring = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const fx = x + (sx + 0.5) / 4;
          const fy = y + (sy + 0.5) / 4;
          const d = Math.hypot(fx - cx, fy - cy);
          const handle =
            fx > 80 * s && fy > 80 * s && Math.abs(fx - fy) < 10 * s && fx < 118 * s && fy < 118 * s;
          if ((d <= rOut && d >= rIn) || handle) ring++;
          if (d <= rOut || handle) cover++;
        }
      }
      const i = (y * size + x) * 4;
      const fx = x + 0.5;
      const fy = y + 0.5;
      const inPlus =
        Math.hypot(fx - cx, fy - cy) < rIn &&
        ((Math.abs(fx - cx) < 5 * s && Math.abs(fy - cy) < 17 * s) ||
          (Math.abs(fy - cy) < 5 * s && Math.abs(fx - cx) < 17 * s));
      if (inPlus) {
        px.set([214, 69, 65, 255], i);
      } else if (ring > 0) {
        px.set([15, 118, 110, Math.round((255 * ring) / 16)], i);
      } else if (cover > 0) {
        px.set([224, 242, 241, Math.round((255 * cover) / 16)], i);
      }
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
