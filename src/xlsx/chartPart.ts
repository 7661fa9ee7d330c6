/**
 * The report model's chart as DrawingML parts of an .xlsx package (ExcelJS has no chart API): the
 * chart part (ECMA-376 Part 1 §21.2, a clustered bar chart whose series refer to the sheet's cells,
 * with the values cached as the report shows them) and the spreadsheet drawing that anchors it to
 * the sheet (§20.5). Bars are coloured by sign with one c:dPt per point, the model's barFills:
 * Excel and LibreOffice both draw point fills, while LibreOffice ignores invertIfNegative's colour
 * (Excel 2010's c14:invertSolidFillFmt extension).
 */
import { columnLetters } from '../core/grid/grid';
import type { ChartPoints } from '../core/report/chartPoints';
import type { CellRange, ChartSpec, ReportSheet } from '../core/report/model';
import { xmlText } from '../docx/xmlText';

const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;
/** Excel's default chart size (5 × 3 inches), taller when there are many units. */
const CHART_WIDTH_PX = 480;
const CHART_MIN_HEIGHT_PX = 288;
/** Room per bar and for the title and value axis, so many units do not crush the labels. */
const PX_PER_CATEGORY = 24;
const CHART_FRAME_PX = 110;
/** Excel's default column width (8.43 characters) and row height (15 pt), in pixels. */
const DEFAULT_COLUMN_PX = 64;
const DEFAULT_ROW_PX = 20;

/** The chart part (xl/charts/chartN.xml) for a sheet of the given name. */
export function chartXml(spec: ChartSpec, sheetName: string, points: ChartPoints): string {
  const fill = (rgb: string): string => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;
  const dPts = points.values
    .map((_, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(spec.barFills[i] ?? spec.barFills[0] ?? '4472C4')}</c:dPt>`)
    .join('');
  const count = `<c:ptCount val="${points.values.length}"/>`;
  const strPts = points.categories.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('');
  const numPts = points.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const format = escapeXml(points.format);
  // The axis shows the format without its colour: a red "-400" under the bars says nothing more.
  const axisFormat = escapeXml(points.format.replace(/\[(Red|Black|Green|Blue|Color\d+)\]/gi, ''));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx><c:invertIfNegative val="0"/>${dPts}` +
    `<c:cat><c:strRef><c:f>${escapeXml(rangeFormula(sheetName, spec.categories))}</c:f><c:strCache>${count}${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeFormula(sheetName, spec.values))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode>${count}${numPts}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    // Unit names sit at the plot's left edge ("low"), clear of bars that go below zero.
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${axisFormat}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part (xl/drawings/drawingN.xml) anchoring the chart of relationship `chartRelId`. */
export function drawingXml(report: ReportSheet, spec: ChartSpec, chartRelId: string, points: ChartPoints): string {
  const height = Math.max(CHART_MIN_HEIGHT_PX, CHART_FRAME_PX + PX_PER_CATEGORY * points.values.length);
  const from = { column: spec.anchor.column, columnOffset: 0, row: spec.anchor.row, rowOffset: 0 };
  const to = cellAtOffset(report, spec.anchor, CHART_WIDTH_PX, height);
  const marker = (tag: string, m: typeof from): string =>
    `<xdr:${tag}><xdr:col>${m.column}</xdr:col><xdr:colOff>${m.columnOffset * EMU_PER_PIXEL}</xdr:colOff><xdr:row>${m.row}</xdr:row><xdr:rowOff>${m.rowOffset * EMU_PER_PIXEL}</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_MAIN}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from)}${marker('to', to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(spec.seriesName)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${CHART_WIDTH_PX * EMU_PER_PIXEL}" cy="${height * EMU_PER_PIXEL}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** The cell (and pixel offset in it) a box of the given size starting at `anchor` ends in, from the model's sizes. */
function cellAtOffset(report: ReportSheet, anchor: ChartSpec['anchor'], width: number, height: number): { column: number; columnOffset: number; row: number; rowOffset: number } {
  const columnPx = (c: number): number => {
    const w = report.columnWidths[c];
    // Excel's pixels for a column of width w (which includes the padding): trunc(7w + 0.5).
    return w !== undefined && w > 0 ? Math.trunc(7 * w + 0.5) : DEFAULT_COLUMN_PX;
  };
  const heights = new Map(report.rowHeights.map((h) => [h.row, h.height]));
  const rowPx = (r: number): number => {
    const h = heights.get(r);
    return h !== undefined && h > 0 ? Math.round((h * 4) / 3) : DEFAULT_ROW_PX;
  };
  const walk = (start: number, size: number, px: (i: number) => number): { index: number; offset: number } => {
    let index = start;
    let left = size;
    while (left >= px(index)) left -= px(index++);
    return { index, offset: left };
  };
  const c = walk(anchor.column, width, columnPx);
  const r = walk(anchor.row, height, rowPx);
  return { column: c.index, columnOffset: c.offset, row: r.index, rowOffset: r.offset };
}

/** An absolute range reference with the sheet name quoted: 'Uppföljning 2025-07'!$A$52:$A$59. */
function rangeFormula(sheetName: string, r: CellRange): string {
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row + 1}`;
  return `'${sheetName.replace(/'/g, "''")}'!${corner(r.row, r.column)}:${corner(r.row + r.rows - 1, r.column + r.columns - 1)}`;
}

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all (controls, U+FFFE, lone surrogates) are dropped: one
  // would make Excel refuse the whole chart, and a unit name cannot need them.
  return xmlText(text).replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
