#!/usr/bin/env node
// Draws the add-in icon (a small bar chart on a blue rounded square) and writes it as PNG files in
// assets/ at the sizes the manifest and the store listing use. Only node's zlib: no image library.
//
// The drawing lives on a 16-unit grid so that every edge falls on a pixel boundary at 16, 32, 64,
// 80 and 128 px (1, 2, 4, 5 and 8 px per unit): crisp bars at every size. Only the rounded corners
// need anti-aliasing, done by supersampling.
//
//   node scripts/make-icons.js            writes assets/icon-{16,32,64,80,128}.png
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS script run by node, like webpack.config.js */

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GRID = 16;
const SUBSAMPLES = 8; // per axis, for the rounded corners

/** Colours as [r, g, b]: Fluent's brand blue, white, and a green and red light enough for the blue. */
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const GREEN = [126, 217, 87];
const RED = [255, 107, 107];

/**
 * The picture, painted in order, in grid units (x0, y0, x1, y1; y grows downwards).
 * The bars stand on a baseline: last year (white), under budget (green), over budget (red).
 */
const SHAPES = [
  { kind: 'roundRect', box: [0, 0, 16, 16], radius: 3, colour: BLUE },
  { kind: 'rect', box: [4, 7, 6, 12], colour: WHITE },
  { kind: 'rect', box: [7, 4, 9, 12], colour: GREEN },
  { kind: 'rect', box: [10, 8, 12, 12], colour: RED },
  { kind: 'rect', box: [3, 12, 13, 13], colour: WHITE },
];

/** Whether the point (x, y), in grid units, lies inside the shape. */
function contains(shape, x, y) {
  const [x0, y0, x1, y1] = shape.box;
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  if (shape.kind === 'rect') return true;
  const r = shape.radius;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Renders the icon at `size` px as straight (not premultiplied) RGBA rows. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const scale = GRID / size;
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          let hit = null;
          for (const shape of SHAPES) if (contains(shape, x, y)) hit = shape.colour;
          if (hit) { r += hit[0]; g += hit[1]; b += hit[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks need it (zlib.crc32 is only in Node ≥ 20.15). */
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit RGBA, no interlace, filter "none" on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
