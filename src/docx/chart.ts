/**
 * The report's chart in the committee document: the sheet's chart (YTD deviation per top-level
 * unit, bars coloured by sign) as a native Word chart, drawn by the docx library's ChartRun (its
 * own part with the data in an embedded workbook, so Word's "Edit Data" opens it, and alt text
 * made from the data). The points are the ones the sheet's chart draws (xlsx/chartPart's
 * chartPoints: the shown figures, rounded or reconciled as the report shows them). One thing the
 * library has no option for is set in the packed document: the units' names at the plot's left
 * edge, clear of the bars below zero (the sheet's chart does the same).
 */
import { AlignmentType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import JSZip from 'jszip';
import type { ReportSheet } from '../core/report/model';
import { chartPoints } from '../core/report/chartPoints';
import { xmlText } from './xmlText';

/** Width of the chart in pixels (96 per inch): 15 cm, within the 16 cm of text width. */
const WIDTH_PX = 567;
/** Height: room for the title and axis, and a bar per unit, so many units do not crush the labels. */
const FRAME_PX = 110;
const PX_PER_UNIT = 26;
const MIN_HEIGHT_PX = 260;

/** The chart as a paragraph of its own, centred; null when the report has none. */
export function chartParagraph(report: ReportSheet): Paragraph | null {
  const spec = report.chart;
  if (spec === null) return null;
  const points = chartPoints(report, spec);
  if (points.values.length === 0) return null;
  // The axis shows the format without its colour: a red "-400" under the bars says nothing more.
  const axisFormat = points.format.replace(/\[(Red|Black|Green|Blue|Color\d+)\]/gi, '');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: { before: 200, after: 200 },
    children: [
      new ChartRun({
        type: 'bar',
        title: xmlText(spec.title),
        // Word draws a bar chart's first category at the bottom: reversed, the units read top-down as in the tables.
        categories: points.categories.map(xmlText),
        series: [{ name: xmlText(spec.seriesName), values: points.values, colors: spec.barFills }],
        legend: false,
        categoryAxis: { reverseOrder: true },
        // At the last category, which reversed is the bottom: the values' axis under the bars.
        valueAxis: { numberFormat: axisFormat, crossesAt: 'maximum' },
        gapWidth: 60,
        transformation: { width: WIDTH_PX, height: Math.max(MIN_HEIGHT_PX, FRAME_PX + PX_PER_UNIT * points.values.length) },
      }),
    ],
  });
}

/** The chart parts of a packed document. */
const CHART_PART = /^word\/charts\/chart\d+\.xml$/;

/**
 * The packed document with each chart's category labels at the low end of the value axis
 * (`c:tickLblPos val="low"` in `c:catAx`, ECMA-376 Part 1 §21.2.2.207), the plot's left edge: next
 * to the axis at zero, a unit's name would sit under its own bar when the bar goes below zero.
 */
export async function withUnitNamesLeft(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const charts = Object.keys(zip.files).filter((name) => CHART_PART.test(name));
  if (charts.length === 0) return docx;
  for (const name of charts) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/(<c:catAx>(?:(?!<\/c:catAx>).)*?<c:tickLblPos val=")nextTo(")/s, '$1low$2'));
  }
  // Parts left alone keep their compressed bytes (JSZip reuses them for the same method).
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
