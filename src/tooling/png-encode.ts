/**
 * PNG encoders for opaque RGBA pixels (resvg's output for a card with a solid
 * background), measured with process.cpuUsage() on the project's machine,
 * December 2026.
 *
 * Indexed colour is the one cards use: a card has about 80 distinct colours
 * (four inks over one background, with resvg's anti-aliasing levels), so one
 * byte a pixel indexes a palette of them, losslessly, a third of the data RGB
 * needs: 2.6 ms a card for 27 KB, against RGB's 6.4 ms for 49 KB.
 *
 * RGB is for an image of more than 256 colours. resvg's own `asPng()` took
 * 14.5 ms; dropping the constant alpha channel, the "Sub" filter (a pixel is
 * usually its left neighbour) and zlib level 3 take 6.8 ms for a file of the
 * same size; level 6 saves a third of the bytes for 9 ms of deflate.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG filter type 1: each byte minus the same channel of the pixel to its left. */
const FILTER_SUB = 1;
/**
 * zlib settings for indexed images. On a card's scanlines (CPU per card,
 * December 2026): level 3 deflates in 1.5 ms to 27.3 KB, level 6 in 4.8 ms
 * to 22 KB, level 1 in 1.1 ms to 31 KB; run-length matching only (Z_RLE:
 * text on a flat background repeats mostly the pixel to the left) in 0.9 ms
 * to 27.9 KB, which is the choice.
 */
const INDEXED_LEVEL = 3;
/** indexPixels' cache, kept between calls (reset on each) so a card allocates nothing. */
const pixelWords = new Int32Array(1 << 16);
const pixelIndices = new Int16Array(1 << 16);
/** 1,024 slots for at most 256 colours: short probe runs. */
const TABLE_SHIFT = 22;
const TABLE_SLOTS = 1 << (32 - TABLE_SHIFT);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit RGB PNG of `rgba` (width × height × 4 bytes). Alpha is dropped:
 * callers pass only opaque images (`assertOpaque` checks in tests).
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const stride = width * 3 + 1;
  const raw = Buffer.allocUnsafe(stride * height);
  for (let y = 0; y < height; y++) {
    let out = y * stride;
    raw[out++] = FILTER_SUB;
    let src = y * width * 4;
    let r = 0;
    let g = 0;
    let b = 0;
    for (let x = 0; x < width; x++, src += 4) {
      const nr = rgba[src]!;
      const ng = rgba[src + 1]!;
      const nb = rgba[src + 2]!;
      raw[out++] = (nr - r) & 0xff;
      raw[out++] = (ng - g) & 0xff;
      raw[out++] = (nb - b) & 0xff;
      r = nr;
      g = ng;
      b = nb;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour, no alpha
  // compression, filter method and interlace stay 0 (the only defined values, no interlace)
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}

/** True when every pixel's alpha is 255, i.e. encodeOpaquePng loses nothing. */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * The palette of an indexed image: colours (0xRRGGBB) in the order they were
 * first met, at most 256. Starting a card's table as a copy of its frame's
 * keeps the frame's indices valid in the card.
 */
export class ColourTable {
  readonly colours: number[] = [];
  // An open-addressing hash table in typed arrays: a Map lookup cost 70 ns, and a card's edges change colour 18,000 times.
  private readonly keys = new Int32Array(TABLE_SLOTS);
  private readonly slots = new Int16Array(TABLE_SLOTS).fill(-1);

  /** The colour's index, adding it if new; -1 when the table is full. */
  indexOf(rgb: number): number {
    let slot = Math.imul(rgb, 0x9e3779b1) >>> TABLE_SHIFT;
    for (;;) {
      const index = this.slots[slot]!;
      if (index < 0) break;
      if (this.keys[slot] === rgb) return index;
      slot = (slot + 1) & (TABLE_SLOTS - 1);
    }
    if (this.colours.length === 256) return -1;
    this.keys[slot] = rgb;
    this.slots[slot] = this.colours.length;
    this.colours.push(rgb);
    return this.colours.length - 1;
  }

  /** `indexOf` for the pixel at byte `at` of an RGBA buffer. */
  indexOfPixel(rgba: Uint8Array, at: number): number {
    return this.indexOf((rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!);
  }

  clone(): ColourTable {
    const copy = new ColourTable();
    for (const rgb of this.colours) copy.indexOf(rgb);
    return copy;
  }
}

/**
 * Writes the palette index of every pixel of an opaque RGBA block
 * (`width` × `height`) into `rows`, PNG scanlines of `stride` bytes whose
 * first byte is the filter type, with the block's top-left pixel at (`left`,
 * `top`). Returns false, leaving `rows` partly written, when the block needs
 * more colours than the table has room for.
 */
export function indexPixels(rgba: Uint8Array, width: number, height: number, table: ColourTable, rows: Uint8Array, stride: number, left: number, top: number): boolean {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  if ((top + height) * stride > rows.length || left + width >= stride) throw new Error('the block does not fit in the rows');
  // One 32-bit read per pixel (4.5 times faster than three byte reads); the byte order is the machine's.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  // Runs of one colour are the rule (background, the inside of strokes), so the last lookup is kept; a
  // change of colour (18,000 in a card's text band) goes through a direct-mapped cache on the pixel's
  // low 16 bits before the table (about 150 misses a band): looking every change up in the table took
  // 1.7 ms a card, this 1.3 ms, of which 0.5 ms is the loop itself.
  const words = pixelWords;
  const indices = pixelIndices.fill(-1);
  let last = ~pixels[0]!;
  let lastIndex = 0;
  let src = 0;
  for (let y = 0; y < height; y++) {
    let out = (top + y) * stride + 1 + left;
    for (let x = 0; x < width; x++, src++) {
      const word = pixels[src]!;
      if (word !== last) {
        const slot = word & 0xffff;
        const cached = indices[slot]!;
        if (cached >= 0 && words[slot] === word) lastIndex = cached;
        else {
          lastIndex = table.indexOfPixel(aligned, src * 4);
          if (lastIndex < 0) return false;
          words[slot] = word;
          indices[slot] = lastIndex;
        }
        last = word;
      }
      rows[out++] = lastIndex;
    }
  }
  return true;
}

/**
 * An 8-bit indexed PNG: `rows` are the scanlines (filter byte, then one
 * index per pixel), as `indexPixels` writes them with filter 0 ("None", the
 * usual choice for palette images: neighbouring indices are not similar numbers).
 */
export function encodeIndexedPng(rows: Uint8Array, width: number, height: number, table: ColourTable, level = INDEXED_LEVEL): Buffer {
  if (rows.length !== (width + 1) * height) throw new Error(`expected ${(width + 1) * height} bytes of scanlines, got ${rows.length}`);
  return indexedPng(width, height, table, deflateSync(rows, { level, strategy: constants.Z_RLE, chunkSize: DEFLATE_CHUNK }));
}

function indexedPng(width: number, height: number, table: ColourTable, idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  const plte = Buffer.alloc(table.colours.length * 3);
  table.colours.forEach((rgb, i) => {
    plte[i * 3] = rgb >> 16;
    plte[i * 3 + 1] = (rgb >> 8) & 0xff;
    plte[i * 3 + 2] = rgb & 0xff;
  });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Output buffer of zlib: a card deflates to about 28 KB, so one 64 KB buffer
 * holds it (against the default 16 KB, growing and joining buffers: about
 * 8 % of the deflate's CPU).
 */
const DEFLATE_CHUNK = 64 * 1024;
/** zlib's Adler-32 of `data`, from zlib itself: the trailer of a stored (level 0) stream. */
export function adler32(data: Uint8Array): number {
  const stream = deflateSync(data, { level: 0 });
  return stream.readUInt32BE(stream.length - 4);
}

/**
 * Scanlines deflated on their own, to be joined with others into one zlib
 * stream (`encodeIndexedPngPieces`): raw deflate ending in a full flush, so
 * the piece ends on a byte and refers to nothing before it; `last` ends the
 * stream instead. A card's frame keeps the pieces above and below its text.
 */
export interface DeflatedPiece {
  bytes: Buffer;
  length: number;
}

export function deflatePiece(rows: Uint8Array, last: boolean): DeflatedPiece {
  const bytes = deflateRawSync(rows, {
    level: INDEXED_LEVEL,
    strategy: constants.Z_RLE,
    chunkSize: DEFLATE_CHUNK,
    finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
  });
  return { bytes, length: rows.length };
}

/**
 * An indexed PNG whose scanlines are the pieces in order (the last one made
 * with `last`), `adler` being the Adler-32 of all of them; the same image as
 * `encodeIndexedPng` of them joined.
 */
export function encodeIndexedPngPieces(pieces: readonly DeflatedPiece[], adler: number, width: number, height: number, table: ColourTable): Buffer {
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (length !== (width + 1) * height) throw new Error(`expected ${(width + 1) * height} bytes of scanlines, got ${length}`);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  // zlib header: deflate with a 32 KB window, no dictionary, "fastest" level; 0x7801 is a multiple of 31 as the format asks.
  return indexedPng(width, height, table, Buffer.concat([Buffer.from([0x78, 0x01]), ...pieces.map((piece) => piece.bytes), trailer]));
}
