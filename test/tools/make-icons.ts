/**
 * Writes the extension's icons, public/icon/<size>.png (WXT lists them in the manifest): a white signpost,
 * two signs pointing opposite ways, on a deep blue rounded square. Drawn from shapes in a unit square and
 * encoded as PNG with node:zlib, so no image library is needed.
 *
 *   npm run generate:icons
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const ICON_DIR = fileURLToPath(new URL('../../public/icon/', import.meta.url));

const BLUE = [0x0b, 0x57, 0xd0] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

type Point = readonly [number, number];

/** Inside a convex polygon whose points go round clockwise (y grows downwards). */
function insideConvex(points: readonly Point[], x: number, y: number): boolean {
  return points.every(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    return (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) >= 0;
  });
}

function insideRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

/** The glyph, in unit coordinates on a 16-step grid, so its edges fall on whole pixels at every size. */
function signpost(): Array<readonly Point[]> {
  const g = (steps: number) => steps / 16;
  const post: Point[] = [[g(7), g(2)], [g(9), g(2)], [g(9), g(14)], [g(7), g(14)]];
  const right: Point[] = [[g(3), g(4)], [g(11), g(4)], [g(13), g(5.5)], [g(11), g(7)], [g(3), g(7)]];
  const left: Point[] = [[g(5), g(8)], [g(13), g(8)], [g(13), g(11)], [g(5), g(11)], [g(3), g(9.5)]];
  return [post, right, left];
}

/** RGBA pixels, each the average of 8×8 samples so edges are smooth at every size. */
export function drawIcon(size: number): Uint8Array {
  const samples = 8;
  const inset = size >= 48 ? 0.03 : 0;
  const radius = 0.2;
  const glyph = signpost();
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, inset, radius)) continue;
          square++;
          if (glyph.some((shape) => insideConvex(shape, x, y))) white++;
        }
      }
      const offset = (py * size + px) * 4;
      // The glyph lies inside the square, so its share of the square's samples sets the colour.
      const mix = square === 0 ? 0 : white / square;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(BLUE[c]! * (1 - mix) + WHITE[c]! * mix);
      pixels[offset + 3] = Math.round((255 * square) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA, non-interlaced PNG; every scanline uses filter 0 (none), which is plenty for icons. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(`${ICON_DIR}${size}.png`, encodePng(size, size, drawIcon(size)));
    console.log(`wrote public/icon/${size}.png`);
  }
}
