import { Resvg } from '@resvg/resvg-js';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, ColourTable, deflatePiece, encodeIndexedPng, encodeIndexedPngPieces, encodeOpaquePng, indexPixels, isOpaque } from '../../src/tooling/png-encode.ts';
import { encodeCardPixels } from '../../src/tooling/og-draw.ts';

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

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${typeAndData.toString('latin1', 0, 4)}`).toBe(crc32(typeAndData) >>> 0);
    out.push({ type: typeAndData.toString('latin1', 0, 4), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** Opaque pixels in `colours` distinct colours (each at least once, if there are enough pixels), in runs and single pixels as on a card. */
function fewColours(width: number, height: number, colours: number): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const c = i < colours ? i : (i % 5 === 0 ? i * 7 : Math.floor(i / 9)) % colours;
    px.set([(c * 53) & 0xff, (c * 29 + 7) & 0xff, c >> 2, 255], i * 4);
  }
  return px;
}

describe('ColourTable', () => {
  it('numbers colours in the order they are first met, and refuses a 257th', () => {
    const table = new ColourTable();
    expect([table.indexOf(0xfdfcf9), table.indexOf(0x1c1b19), table.indexOf(0xfdfcf9)]).toEqual([0, 1, 0]);
    for (let c = 0; table.colours.length < 256; c++) table.indexOf(c);
    expect(table.indexOf(0x1c1b19)).toBe(1);
    expect(table.indexOf(0xabcdef)).toBe(-1);
    expect(table.colours).toHaveLength(256);
  });

  it('clones into an independent table with the same indices', () => {
    const table = new ColourTable();
    table.indexOf(0x111111);
    table.indexOf(0x222222);
    const copy = table.clone();
    expect(copy.indexOf(0x333333)).toBe(2);
    expect(table.indexOf(0x444444)).toBe(2);
    expect(copy.colours).toEqual([0x111111, 0x222222, 0x333333]);
  });
});

describe('indexed PNGs', () => {
  it('round-trip pixel for pixel through another decoder, with valid chunks', () => {
    const [w, h] = [37, 11];
    const px = fewColours(w, h, 90);
    const table = new ColourTable();
    const rows = Buffer.alloc((w + 1) * h);
    expect(indexPixels(px, w, h, table, rows, w + 1, 0, 0)).toBe(true);
    expect(table.colours).toHaveLength(90);
    const png = encodeIndexedPng(rows, w, h, table);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(parts[0]!.data[9]).toBe(3);
    expect(parts[1]!.data.length).toBe(90 * 3);
    expect(inflateSync(parts[2]!.data).equals(rows)).toBe(true);
    expect(Buffer.from(decode(png, w, h))).toEqual(Buffer.from(px));
  });

  it('index a block into its place in larger scanlines, keeping the indices around it', () => {
    const [w, h] = [6, 4];
    const table = new ColourTable();
    const rows = Buffer.alloc((w + 1) * h);
    const background = fewColours(w, h, 1);
    indexPixels(background, w, h, table, rows, w + 1, 0, 0);
    const block = fewColours(3, 2, 4);
    expect(indexPixels(block, 3, 2, table, rows, w + 1, 2, 1)).toBe(true);
    const expected = Buffer.from(background);
    for (let y = 0; y < 2; y++) Buffer.from(block).copy(expected, ((1 + y) * w + 2) * 4, y * 12, (y + 1) * 12);
    expect(Buffer.from(decode(encodeIndexedPng(rows, w, h, table), w, h))).toEqual(expected);
    expect(() => indexPixels(block, 3, 2, table, rows, w + 1, 4, 1)).toThrow(/does not fit/);
  });

  it('give up on an image of more than 256 colours, which stays RGB', () => {
    const [w, h] = [40, 10];
    const px = fewColours(w, h, 300);
    expect(indexPixels(px, w, h, new ColourTable(), Buffer.alloc((w + 1) * h), w + 1, 0, 0)).toBe(false);
    const png = encodeCardPixels(px, w, h);
    expect(chunks(png)[0]!.data[9]).toBe(2);
    expect(Buffer.from(decode(png, w, h))).toEqual(Buffer.from(px));
    expect(chunks(encodeCardPixels(fewColours(w, h, 200), w, h))[0]!.data[9]).toBe(3);
  });

  it('never index white as the colour before it', () => {
    // All ones is white as a 32-bit word: the first pixel must not be taken for "the same as the last".
    const px = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
    const table = new ColourTable();
    table.indexOf(0x123456);
    const rows = Buffer.alloc(4);
    expect(indexPixels(px, 3, 1, table, rows, 4, 0, 0)).toBe(true);
    expect(table.colours).toEqual([0x123456, 0xffffff, 0x000000]);
    expect([...rows]).toEqual([0, 1, 2, 1]);
  });
});

describe('encodeIndexedPngPieces', () => {
  it('joins scanlines deflated apart into one zlib stream that inflates, checksum and all, to the same image', () => {
    const [w, h] = [40, 30];
    const rows = Buffer.alloc((w + 1) * h);
    for (let i = 0; i < rows.length; i++) rows[i] = i % (w + 1) === 0 ? 0 : (i * 7) % 3;
    const table = new ColourTable();
    for (const rgb of [0x102030, 0xfffdf5, 0x808080]) table.indexOf(rgb);
    const stride = w + 1;
    const pieces = [deflatePiece(rows.subarray(0, 7 * stride), false), deflatePiece(rows.subarray(7 * stride, 20 * stride), false), deflatePiece(rows.subarray(20 * stride), true)];
    const png = encodeIndexedPngPieces(pieces, adler32(rows), w, h, table);
    const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
    // Node's inflate checks the Adler-32 at the end of the stream.
    expect(inflateSync(idat).equals(rows)).toBe(true);
    expect(Buffer.from(decode(png, w, h))).toEqual(Buffer.from(decode(encodeIndexedPng(rows, w, h, table), w, h)));
    expect(() => encodeIndexedPngPieces(pieces.slice(1), adler32(rows), w, h, table)).toThrow(/expected/);
  });

  it('takes Adler-32 from zlib', () => {
    const data = Buffer.from('Lindgrad harbour authority');
    const stream = deflateSync(data);
    expect(adler32(data)).toBe(stream.readUInt32BE(stream.length - 4));
  });
});
