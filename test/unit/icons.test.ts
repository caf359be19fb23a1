import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, ICON_SIZES } from '../tools/make-icons.ts';

/** Width, height and RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0 on every line). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    pixels.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, pixels };
}

describe('extension icons', () => {
  for (const size of ICON_SIZES) {
    it(`public/icon/${size}.png is ${size}×${size} and what npm run generate:icons draws`, () => {
      const { width, height, pixels } = decodePng(readFileSync(new URL(`../../public/icon/${size}.png`, import.meta.url)));
      expect([width, height]).toEqual([size, size]);
      expect(Buffer.from(pixels).equals(Buffer.from(drawIcon(size)))).toBe(true);
    });
  }

  it('has a blue ground, a white glyph and transparent corners', () => {
    const { pixels } = decodePng(encodePng(32, 32, drawIcon(32)));
    const at = (x: number, y: number) => [...pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(1, 16)).toEqual([0x0b, 0x57, 0xd0, 255]);
    expect(at(15, 26)).toEqual([255, 255, 255, 255]);
  });
});
