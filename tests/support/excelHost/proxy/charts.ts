/**
 * Charts: `worksheet.charts.add(type, sourceData, seriesBy)`, the chart's name, type, title, legend,
 * series names and position. Series names are inferred like Excel does for simple tables: a text
 * header row names the series (by columns), a text first column holds the categories.
 */
import { cellAddress, qualifiedAddress, type Rect } from '../address';
import { hostError } from '../errors';
import type { ChartModel, SheetModel } from '../sheetModel';
import { CHART_TYPES } from '../enums';
import { HostCollection, HostObject, type PropertySpec } from './base';
import { ChartPointsCollection, pointCountOf } from './chartPoints';
import type { Range } from './range';
import { NULL_TARGET, type Resolved, type SyncScope } from './runtime';
import { bool, oneOf, ownedBy } from './targets';
import { rectOn } from './worksheet';

/** A chart by sheet and chart id. */
interface ChartTarget {
  sheetId: string;
  chartId: string;
}

function chartOf(scope: SyncScope, t: ChartTarget): ChartModel {
  const chart = scope.book.sheetById(t.sheetId).charts.find((c) => c.id === t.chartId);
  if (!chart) throw hostError('ItemNotFound');
  return chart;
}

/** Series names for a source rectangle: a text header names a series, a text first line holds categories. */
function seriesNames(sheet: SheetModel, rect: Rect, by: 'Columns' | 'Rows'): string[] {
  const columns = by === 'Columns';
  const lines = columns ? rect.c1 - rect.c0 + 1 : rect.r1 - rect.r0 + 1;
  const depth = columns ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const value = (line: number, pos: number): unknown =>
    columns ? sheet.value(rect.r0 + pos, rect.c0 + line) : sheet.value(rect.r0 + line, rect.c0 + pos);
  const isText = (line: number, pos: number): boolean => typeof value(line, pos) === 'string';
  const span = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const firstLine = lines > 1 && span(depth > 1 ? 1 : 0, depth - 1).some((p) => isText(0, p)) ? 1 : 0;
  const header = depth > 1 && span(firstLine, lines - 1).some((l) => isText(l, 0));
  return span(firstLine, lines - 1).map((l, i) => {
    const v = value(l, 0);
    return header && v !== undefined ? String(v) : `Series${i + 1}`;
  });
}

const CHART_PROPS: Record<string, PropertySpec<ChartTarget>> = {
  id: { get: (t) => t.chartId },
  name: { get: (t, s) => chartOf(s, t).name, set: (t, v, s) => (chartOf(s, t).name = String(v)) },
  chartType: { get: (t, s) => chartOf(s, t).type, set: (t, v, s) => (chartOf(s, t).type = oneOf(v, CHART_TYPES)) },
  height: { get: () => 216 },
  width: { get: () => 360 },
};

/** `Excel.Chart`. */
export class Chart extends HostObject<ChartTarget> {
  private _title?: ChartTitle;
  private _series?: ChartSeriesCollection;
  private _legend?: ChartLegend;

  protected get _typeName(): string { return 'Chart'; }
  protected get _props(): Record<string, PropertySpec<ChartTarget>> { return CHART_PROPS; }

  protected override _nav(name: string): HostObject<unknown> | undefined {
    if (name === 'title') return this.title as HostObject<unknown>;
    if (name === 'series') return this.series as HostObject<unknown>;
    if (name === 'legend') return this.legend as HostObject<unknown>;
    return undefined;
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v); }
  get chartType(): string { return this._get('chartType'); }
  set chartType(v: string) { this._set('chartType', v); }
  get title(): ChartTitle { return (this._title ??= new ChartTitle(this.context, (s) => this._resolve(s))); }
  get series(): ChartSeriesCollection { return (this._series ??= new ChartSeriesCollection(this.context, (s) => this._resolve(s))); }
  get legend(): ChartLegend { return (this._legend ??= new ChartLegend(this.context, (s) => this._resolve(s))); }

  /** Place the chart over startCell (to endCell). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const cell = (scope: SyncScope, t: ChartTarget, c: Range | string): string => {
      if (typeof c === 'string') {
        const rect = rectOn(scope.book.sheetById(t.sheetId), c);
        return cellAddress(rect.r0, rect.c0);
      }
      ownedBy(scope, c, 'Chart.setPosition');
      const r = c._resolve(scope);
      if (r === NULL_TARGET) throw hostError('InvalidArgument');
      return cellAddress(r.rect.r0, r.rect.c0);
    };
    this._call('setPosition', [typeof startCell === 'string' ? startCell : 'range'], (t, scope) => {
      const chart = chartOf(scope, t);
      chart.topLeft = cell(scope, t, startCell);
      chart.bottomRight = endCell === undefined ? null : cell(scope, t, endCell);
    });
  }

  /** Delete the chart. */
  delete(): void {
    this._call('delete', [], (t, scope) => {
      const sheet = scope.book.sheetById(t.sheetId);
      sheet.charts = sheet.charts.filter((c) => c.id !== t.chartId);
    });
  }
}

/** `Chart.title`. */
export class ChartTitle extends HostObject<ChartTarget> {
  protected get _typeName(): string { return 'ChartTitle'; }
  protected get _props(): Record<string, PropertySpec<ChartTarget>> {
    return {
      text: { get: (t, s) => chartOf(s, t).title, set: (t, v, s) => (chartOf(s, t).title = String(v)) },
      visible: {
        get: (t, s) => chartOf(s, t).titleVisible ?? chartOf(s, t).title !== '',
        set: (t, v, s) => (chartOf(s, t).titleVisible = bool(v)),
      },
    };
  }
  get text(): string { return this._get('text'); }
  set text(v: string) { this._set('text', v); }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this._set('visible', v); }
}

/** `Chart.legend`. */
export class ChartLegend extends HostObject<ChartTarget> {
  protected get _typeName(): string { return 'ChartLegend'; }
  protected get _props(): Record<string, PropertySpec<ChartTarget>> {
    return {
      visible: { get: (t, s) => chartOf(s, t).legend.visible, set: (t, v, s) => (chartOf(s, t).legend.visible = bool(v)) },
      position: {
        get: (t, s) => chartOf(s, t).legend.position,
        set: (t, v, s) => (chartOf(s, t).legend.position = oneOf(v, ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'] as const)),
      },
    };
  }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this._set('visible', v); }
  get position(): string { return this._get('position'); }
  set position(v: string) { this._set('position', v); }
}

/** One series, by chart and index. */
interface SeriesTarget extends ChartTarget {
  index: number;
}

/** `Chart.series.getItemAt(i)`. */
export class ChartSeries extends HostObject<SeriesTarget> {
  private _points?: ChartPointsCollection;
  protected get _typeName(): string { return 'ChartSeries'; }
  protected override _nav(name: string): HostObject<unknown> | undefined {
    return name === 'points' ? (this.points as HostObject<unknown>) : undefined;
  }
  get points(): ChartPointsCollection { return (this._points ??= new ChartPointsCollection(this.context, (s) => this._resolve(s))); }
  protected get _props(): Record<string, PropertySpec<SeriesTarget>> {
    const names = (t: SeriesTarget, s: SyncScope): string[] => {
      const list = chartOf(s, t).seriesNames;
      if (t.index < 0 || t.index >= list.length) throw hostError('ItemNotFound');
      return list;
    };
    return { name: { get: (t, s) => names(t, s)[t.index], set: (t, v, s) => (names(t, s)[t.index] = String(v)) } };
  }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v); }
}

/** `Chart.series`. */
export class ChartSeriesCollection extends HostCollection<ChartTarget, SeriesTarget, ChartSeries> {
  protected get _typeName(): string { return 'ChartSeriesCollection'; }
  protected get _props(): Record<string, PropertySpec<ChartTarget>> { return {}; }
  protected _keys(t: ChartTarget, s: SyncScope): SeriesTarget[] {
    return chartOf(s, t).seriesNames.map((_, index) => ({ ...t, index }));
  }
  protected _makeItem(key: SeriesTarget): ChartSeries {
    return new ChartSeries(this.context, () => key);
  }

  /** The series at `index`. */
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, (s): Resolved<SeriesTarget> => {
      const t = this._resolve(s);
      return t === NULL_TARGET ? NULL_TARGET : { ...t, index };
    });
  }
}

/** `Worksheet.charts`. */
export class ChartCollection extends HostCollection<string, ChartTarget, Chart> {
  protected get _typeName(): string { return 'ChartCollection'; }
  protected get _props(): Record<string, PropertySpec<string>> { return {}; }
  protected _keys(sheetId: string, s: SyncScope): ChartTarget[] {
    return s.book.sheetById(sheetId).charts.map((c) => ({ sheetId, chartId: c.id }));
  }
  protected _makeItem(key: ChartTarget): Chart {
    return new Chart(this.context, () => key);
  }

  /** Add a chart of `type` over `sourceData`. */
  add(type: string, sourceData: Range, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): Chart {
    const chart = new Chart(this.context, () => {
      throw hostError('InvalidOperation', 'The chart was not created.');
    });
    this._call('add', [type, 'range', seriesBy], (sheetId, scope) => {
      ownedBy(scope, sourceData, 'ChartCollection.add');
      const chartType = oneOf(type, CHART_TYPES);
      const by = oneOf(seriesBy, ['Auto', 'Columns', 'Rows'] as const);
      const source = sourceData._resolve(scope);
      if (source === NULL_TARGET) throw hostError('InvalidArgument');
      const sourceSheet = scope.book.sheetById(source.sheetId);
      const r = source.rect;
      const resolvedBy = by === 'Auto' ? (r.r1 - r.r0 >= r.c1 - r.c0 ? 'Columns' : 'Rows') : by;
      const made = scope.book.nextChart();
      scope.book.sheetById(sheetId).charts.push({
        id: made.id,
        name: made.name,
        type: chartType,
        title: '',
        sourceAddress: qualifiedAddress(sourceSheet.name, r),
        seriesBy: by,
        seriesNames: seriesNames(sourceSheet, r, resolvedBy),
        pointCount: pointCountOf(sourceSheet, r, resolvedBy),
        topLeft: null,
        bottomRight: null,
        legend: { visible: true, position: 'Right' },
        titleVisible: null,
      });
      chart._bind({ sheetId, chartId: made.id });
    });
    return chart;
  }

  /** A chart by name (ItemNotFound when missing). */
  getItem(name: string): Chart {
    return new Chart(this.context, (s) => {
      const sheetId = this._resolve(s);
      if (sheetId === NULL_TARGET) return NULL_TARGET;
      const chart = s.book.sheetById(sheetId).charts.find((c) => c.name === name);
      if (!chart) throw hostError('ItemNotFound', undefined, 'ChartCollection.getItem');
      return { sheetId, chartId: chart.id };
    });
  }
}
