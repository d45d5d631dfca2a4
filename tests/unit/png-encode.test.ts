import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng, isOpaque } from '../../src/tooling/png-encode.ts';

/** Decodes a PNG with an independent decoder: resvg drawing it as an <image> at its own size. */
function decode(png: Buffer, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

function pattern(width: number, height: number): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    px[i * 4] = (i * 37) & 0xff;
    px[i * 4 + 1] = (i * 11 + 90) & 0xff;
    px[i * 4 + 2] = i % 7 === 0 ? 0 : 255 - (i & 0xff);
    px[i * 4 + 3] = 255;
  }
  return px;
}

describe('encodeOpaquePng', () => {
  it('writes a PNG another decoder reads back pixel for pixel', () => {
    const [w, h] = [23, 9];
    const px = pattern(w, h);
    const png = encodeOpaquePng(px, w, h);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(decode(png, w, h))).toEqual(Buffer.from(px));
  });

  it('rejects a buffer of the wrong size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2)).toThrow(/expected 16 bytes/);
  });

  it('tells opaque pixels from translucent ones', () => {
    const px = pattern(4, 4);
    expect(isOpaque(px)).toBe(true);
    px[7] = 128;
    expect(isOpaque(px)).toBe(false);
  });
});
