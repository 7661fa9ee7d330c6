/**
 * Adding the report's chart to an .xlsx package that ExcelJS wrote: the chart and drawing parts
 * (./chartPart), the drawing's relationships, the sheet's <drawing r:id> with its relationship, and
 * the parts' content types. The sheet is found by name through the workbook's relationships
 * (./packageParts), so a copied ledger workbook with sheets and drawings of its own is no problem:
 * new part names and relationship ids are chosen free.
 */
import { Readable } from 'stream';
import JSZip from 'jszip';
import type { ReportSheet } from '../core/report/model';
import { chartPoints } from '../core/report/chartPoints';
import { chartXml, drawingXml, escapeXml } from './chartPart';
import { findWorkbookPart, readRelationships, readWorkbookPart } from './packageParts';
import type { ZipArchive } from './zipArchive';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/**
 * Worksheet children that come after <drawing> (CT_Worksheet's sequence, ECMA-376 Part 1 §18.3.1.99):
 * the drawing goes before the first of them, or at the end.
 */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** The package's bytes with the report's chart drawn on the sheet called `sheetName`; unchanged when the report has no chart. */
export async function addChartPart(xlsx: Uint8Array, sheetName: string, report: ReportSheet): Promise<Uint8Array> {
  const spec = report.chart;
  if (spec === null) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPartPath(zip, sheetName);
  const chartPath = freePartPath(zip, 'xl/charts/chart', '.xml');
  const drawingPath = freePartPath(zip, 'xl/drawings/drawing', '.xml');
  const points = chartPoints(report, spec);

  zip.file(chartPath, chartXml(spec, sheetName, points));
  zip.file(drawingPath, drawingXml(report, spec, 'rId1', points));
  zip.file(relsPathOf(drawingPath), relationshipsXml([{ id: 'rId1', type: `${REL_NS}/chart`, target: `../charts/${baseName(chartPath)}` }]));

  const sheetRels = relsPathOf(sheetPath);
  const existing = zip.file(sheetRels) ? await text(zip, sheetRels) : null;
  const drawingRelId = freeRelId(existing ?? '');
  const drawingRel = relationshipXml({ id: drawingRelId, type: `${REL_NS}/drawing`, target: `../drawings/${baseName(drawingPath)}` });
  zip.file(sheetRels, existing === null ? relationshipsXml([]).replace('</Relationships>', `${drawingRel}</Relationships>`) : insertBefore(existing, '</Relationships>', drawingRel));
  zip.file(sheetPath, withDrawing(await text(zip, sheetPath), drawingRelId));

  const types = await text(zip, '[Content_Types].xml');
  const overrides = [`<Override PartName="/${chartPath}" ContentType="${CHART_TYPE}"/>`, `<Override PartName="/${drawingPath}" ContentType="${DRAWING_TYPE}"/>`];
  zip.file('[Content_Types].xml', insertBefore(types, '</Types>', overrides.join('')));
  // Parts left alone keep their compressed bytes (JSZip reuses them for the same method).
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The package path of the worksheet named `name`, through the workbook part and its relationships. */
async function sheetPartPath(zip: JSZip, name: string): Promise<string> {
  const archive = archiveOf(zip);
  const workbookPath = await findWorkbookPart(archive);
  const workbook = workbookPath === null ? null : await readWorkbookPart(archive, workbookPath);
  const sheet = workbook?.sheets.find((s) => s.name === name);
  const rel = sheet === undefined || workbookPath === null ? undefined : (await readRelationships(archive, workbookPath)).find((r) => r.id === sheet.relId);
  // Only our own just-written package gets here, so a missing sheet is a broken invariant.
  if (rel === undefined || zip.file(rel.path) === null) throw new Error(`The written workbook has no sheet part for "${name}"`);
  return rel.path;
}

/** JSZip's entries as the package readers' archive. */
function archiveOf(zip: JSZip): ZipArchive {
  const find = (path: string): JSZip.JSZipObject | null => {
    const key = path.replace(/^\/+/, '').toLowerCase();
    return Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === key) ?? null;
  };
  return {
    has: (path) => find(path) !== null,
    openText: (path) => {
      const file = find(path);
      if (file === null) throw new Error(`The workbook has no part ${path}`);
      return Readable.from((async function* () {
        yield await file.async('string');
      })());
    },
  };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`The written workbook has no part ${path}`);
  return file.async('string');
}

/** The first `prefixN.ext` not in the package (compared case-insensitively, as OPC does). */
function freePartPath(zip: JSZip, prefix: string, ext: string): string {
  const taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}${ext}`.toLowerCase())) n++;
  return `${prefix}${n}${ext}`;
}

/** An Id no relationship of the part has yet. */
function freeRelId(rels: string): string {
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The relationships part of a part: xl/drawings/drawing1.xml → xl/drawings/_rels/drawing1.xml.rels. */
function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationshipXml(r: Rel): string {
  return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
}

function relationshipsXml(rels: readonly Rel[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">${rels.map(relationshipXml).join('')}</Relationships>`;
}

function insertBefore(xml: string, closing: string, insert: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`Expected ${closing} in a part of the written workbook`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * The worksheet with <drawing r:id> in its place in the sequence. Cell text cannot hold a "<", so
 * the first start tag of a later element is the element itself.
 */
function withDrawing(sheet: string, relId: string): string {
  if (/<(\w+:)?drawing[\s/>]/.test(sheet)) throw new Error('The report sheet already has a drawing');
  const prefix = /<(\w+:)?worksheet[\s>]/.exec(sheet)?.[1] ?? '';
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[.]/g, '\\.')}"`).exec(sheet)?.[1];
  const attribute = rPrefix === undefined ? `xmlns:r="${REL_NS}" r:id="${relId}"` : `${rPrefix}:id="${relId}"`;
  const element = `<${prefix}drawing ${attribute}/>`;
  const later = AFTER_DRAWING.map((name) => sheet.search(new RegExp(`<(\\w+:)?${name}[\\s/>]`))).filter((i) => i >= 0);
  const at = later.length > 0 ? Math.min(...later) : sheet.lastIndexOf(`</${prefix}worksheet>`);
  if (at < 0) throw new Error('The report sheet part has no end');
  return sheet.slice(0, at) + element + sheet.slice(at);
}
