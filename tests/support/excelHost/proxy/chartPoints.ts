/**
 * Chart points: `series.points` (its `count`), `points.getItemAt(i).format.fill.setSolidColor(c)`
 * and `clear()`, as the add-in colours each bar by its sign. Rules from the Office.js reference
 * (all ExcelApi 1.1): ChartPointsCollection.getItemAt "Retrieve a point based on its position
 * within the series" — a position outside the series is ItemNotFound, as for series.getItemAt;
 * ChartFill.setSolidColor takes an "HTML color code representing the color of the background, in
 * the form #RRGGBB (e.g., "FFA500") or as a named HTML color (e.g., "orange")" — anything else is
 * InvalidArgument.
 */
import type { Rect } from '../address';
import { normalizeColor } from '../colors';
import { hostError } from '../errors';
import type { ChartModel, SheetModel } from '../sheetModel';
import { HostObject, type PropertySpec } from './base';
import { NULL_TARGET, type SyncScope } from './runtime';

/** A series of a chart, by sheet, chart id and index. */
export interface SeriesKey {
  sheetId: string;
  chartId: string;
  index: number;
}

/** A point of a series. */
interface PointKey extends SeriesKey {
  point: number;
}

/**
 * How many points each series has, for a source rectangle as `charts.add` reads it: its depth, less
 * the header line when a text header names the series (the rule charts.ts infers names by).
 */
export function pointCountOf(sheet: SheetModel, rect: Rect, by: 'Columns' | 'Rows'): number {
  const columns = by === 'Columns';
  const lines = columns ? rect.c1 - rect.c0 + 1 : rect.r1 - rect.r0 + 1;
  const depth = columns ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const isText = (line: number, pos: number): boolean => typeof (columns ? sheet.value(rect.r0 + pos, rect.c0 + line) : sheet.value(rect.r0 + line, rect.c0 + pos)) === 'string';
  const firstLine = lines > 1 && Array.from({ length: Math.max(0, depth - 1) }, (_, i) => i + 1).some((p) => isText(0, p)) ? 1 : 0;
  const header = depth > 1 && Array.from({ length: lines - firstLine }, (_, i) => firstLine + i).some((l) => isText(l, 0));
  return depth - (header ? 1 : 0);
}

function chartOf(scope: SyncScope, t: SeriesKey): ChartModel {
  const chart = scope.book.sheetById(t.sheetId).charts.find((c) => c.id === t.chartId);
  if (!chart || t.index < 0 || t.index >= chart.seriesNames.length) throw hostError('ItemNotFound');
  return chart;
}

/** The chart of a point that exists (ItemNotFound outside the series). */
function pointChart(scope: SyncScope, t: PointKey): ChartModel {
  const chart = chartOf(scope, t);
  if (t.point < 0 || (chart.pointCount !== undefined && t.point >= chart.pointCount)) throw hostError('ItemNotFound');
  return chart;
}

/** `ChartSeries.points`. */
export class ChartPointsCollection extends HostObject<SeriesKey> {
  protected get _typeName(): string { return 'ChartPointsCollection'; }
  protected get _props(): Record<string, PropertySpec<SeriesKey>> {
    return { count: { get: (t, s) => chartOf(s, t).pointCount ?? 0 } };
  }
  get count(): number { return this._get('count'); }

  /** The point at `index` of the series. */
  getItemAt(index: number): ChartPoint {
    return new ChartPoint(this.context, (s) => {
      const t = this._resolve(s);
      return t === NULL_TARGET ? NULL_TARGET : { ...t, point: index };
    });
  }
}

/** `ChartPointsCollection.getItemAt(i)`. */
export class ChartPoint extends HostObject<PointKey> {
  private _format?: ChartPointFormat;
  protected get _typeName(): string { return 'ChartPoint'; }
  protected get _props(): Record<string, PropertySpec<PointKey>> { return {}; }
  protected override _nav(name: string): HostObject<unknown> | undefined {
    return name === 'format' ? (this.format as HostObject<unknown>) : undefined;
  }
  get format(): ChartPointFormat { return (this._format ??= new ChartPointFormat(this.context, (s) => this._resolve(s))); }
}

/** `ChartPoint.format`. */
export class ChartPointFormat extends HostObject<PointKey> {
  private _fill?: ChartFill;
  protected get _typeName(): string { return 'ChartPointFormat'; }
  protected get _props(): Record<string, PropertySpec<PointKey>> { return {}; }
  protected override _nav(name: string): HostObject<unknown> | undefined {
    return name === 'fill' ? (this.fill as HostObject<unknown>) : undefined;
  }
  get fill(): ChartFill { return (this._fill ??= new ChartFill(this.context, (s) => this._resolve(s))); }
}

/** `ChartPointFormat.fill`: kept per point as '#RRGGBB' under "series:point". */
export class ChartFill extends HostObject<PointKey> {
  protected get _typeName(): string { return 'ChartFill'; }
  protected get _props(): Record<string, PropertySpec<PointKey>> { return {}; }

  /** Fill the point with one colour. */
  setSolidColor(color: string): void {
    this._call('setSolidColor', [color], (t, scope) => {
      const chart = pointChart(scope, t);
      const normal = normalizeColor(color);
      if (normal === null) throw hostError('InvalidArgument');
      chart.pointFills = { ...chart.pointFills, [`${t.index}:${t.point}`]: normal };
    });
  }

  /** Back to the series' automatic fill. */
  clear(): void {
    this._call('clear', [], (t, scope) => {
      const chart = pointChart(scope, t);
      const rest = { ...chart.pointFills };
      delete rest[`${t.index}:${t.point}`];
      chart.pointFills = rest;
    });
  }
}
