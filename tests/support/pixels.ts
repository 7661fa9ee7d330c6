/**
 * The pixels of a rendered PDF page (poppler's pdftoppm as a binary PPM, which needs no image
 * library to read), for tests that check what a chart looks like: its bars' colours and where.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** An RGB image, row by row, three bytes a pixel. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** Pixels per PDF point. */
  readonly scale: number;
  readonly rgb: Uint8Array;
}

/** Render one page (1-based) of a PDF at `dpi`. */
export function pagePixels(pdf: string, page: number, dpi = 72): Pixels {
  const base = `${pdf}.p${page}`;
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', pdf, base]);
  const bytes = readFileSync(`${base}.ppm`);
  // "P6\n<width> <height>\n255\n" then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm wrote no binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), scale: dpi / 72, rgb: bytes.subarray(header[0].length) };
}

/** A box in PDF points from the page's top left. */
export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** How many pixels in the box are within `tolerance` (per channel) of the colour RRGGBB. */
export function countColour(p: Pixels, box: Box, rrggbb: string, tolerance = 24): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rrggbb.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  const x0 = Math.max(0, Math.floor(box.xMin * p.scale));
  const x1 = Math.min(p.width, Math.ceil(box.xMax * p.scale));
  const y0 = Math.max(0, Math.floor(box.yMin * p.scale));
  const y1 = Math.min(p.height, Math.ceil(box.yMax * p.scale));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * p.width + x) * 3;
      if (Math.abs(p.rgb[i]! - r) <= tolerance && Math.abs(p.rgb[i + 1]! - g) <= tolerance && Math.abs(p.rgb[i + 2]! - b) <= tolerance) n++;
    }
  }
  return n;
}
