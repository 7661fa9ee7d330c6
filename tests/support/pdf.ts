/**
 * Rendering what the product makes the way a reader gets it, and measuring the result: LibreOffice
 * (Calc for a workbook, Writer for pasted HTML) to PDF, then poppler's pdfinfo for page size and
 * count and pdftotext -bbox for every word's box. Needs `soffice` (libreoffice-calc and
 * libreoffice-writer) and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** A word of a PDF and its box, in points from the page's top left. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Page count and the first page's size in points. */
export interface PdfPages {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Convert a file to PDF with LibreOffice: a workbook through Calc; an .html file through Writer's
 * own HTML filter (as a paste into Writer lands, not Writer/Web). A private profile per folder
 * keeps parallel runs apart.
 */
export function renderPdf(file: string, outDir: string): string {
  const html = file.endsWith('.html');
  const args = [
    `-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`,
    '--headless',
    ...(html ? ['--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export'] : ['--convert-to', 'pdf']),
    '--outdir',
    outDir,
    file,
  ];
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000 });
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`);
}

/** Pages and page size of a PDF (pdfinfo). */
export function pdfPages(pdf: string): PdfPages {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Every word of a PDF with its box (pdftotext -bbox). */
export function pdfWords(pdf: string): PdfWord[] {
  const out = `${pdf}.bbox.html`;
  execFileSync('pdftotext', ['-bbox', pdf, out]);
  const html = readFileSync(out, 'utf8');
  const words: PdfWord[] = [];
  html.split(/<page /).slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescape(m[5]!) });
    }
  });
  return words;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
