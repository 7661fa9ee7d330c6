/// <reference types="office-js" />
/**
 * Chart points on the host: a point's fill set with setSolidColor (ExcelApi 1.1) is kept as
 * '#RRGGBB'; a point outside the series is ItemNotFound; a colour that is neither #RRGGBB nor an
 * HTML colour name is InvalidArgument.
 */
import { LEDGER, rejectionOf, useHost } from './useHost';

/** A column chart over Huvudbok!A1:C3: series Konto and Budget (header row), two points each. */
function addChart(context: Excel.RequestContext): Excel.Chart {
  const sheet = context.workbook.worksheets.getItem('Huvudbok');
  return sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange('A1:C3'), Excel.ChartSeriesBy.columns);
}

describe('chart points', () => {
  it('keeps a fill per point, counting the points of the series', async () => {
    const host = useHost(LEDGER);
    await Excel.run(async (context) => {
      const points = addChart(context).series.getItemAt(1).points;
      points.getItemAt(0).format.fill.setSolidColor('#70AD47');
      points.getItemAt(1).format.fill.setSolidColor('c00000');
      points.load('count');
      await context.sync();
      expect(points.count).toBe(2);
    });
    expect(host.snapshot().sheets[0]!.charts[0]!.pointFills).toEqual({ '1:0': '#70AD47', '1:1': '#C00000' });
  });

  it('refuses a point outside the series and a colour Excel does not know', async () => {
    useHost(LEDGER);
    const outside = await rejectionOf(Excel.run(async (context) => {
      addChart(context).series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#70AD47');
      await context.sync();
    }));
    expect(outside.code).toBe('ItemNotFound');
    const colour = await rejectionOf(Excel.run(async (context) => {
      addChart(context).series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor('greenish');
      await context.sync();
    }));
    expect(colour.code).toBe('InvalidArgument');
  });
});
