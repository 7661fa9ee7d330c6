/**
 * What range-like proxies resolve to, and helpers shared by Range, RangeAreas and RangeFormat.
 */
import { cellCount, isInGrid, isUnbounded, qualifiedAddress, type Rect } from '../address';
import { hostError } from '../errors';
import type { SheetModel } from '../sheetModel';
import type { CellFormat } from '../styles';
import type { SyncScope } from './runtime';

/** A Range: one rectangle on a sheet (by sheet id, so renaming keeps it). */
export interface RangeTarget {
  readonly sheetId: string;
  readonly rect: Rect;
}

/** Cells of a Range or RangeAreas (what `format` works on). */
export interface CellsTarget {
  readonly sheetId: string;
  readonly rects: readonly Rect[];
}

/** The sheet of a target (ItemNotFound once deleted). */
export function sheetOf(scope: SyncScope, target: { sheetId: string }): SheetModel {
  return scope.book.sheetById(target.sheetId);
}

/** InvalidArgument unless the rectangle lies in the grid. */
export function checkRect(rect: Rect): Rect {
  if (!isInGrid(rect)) throw hostError('InvalidArgument', 'The range is outside the bounds of the worksheet grid.');
  return rect;
}

/** RangeExceedsLimit when a bounded range read is over the cell limit (5 000 000 by default). */
export function checkReadSize(scope: SyncScope, rect: Rect): void {
  if (!isUnbounded(rect) && cellCount(rect) > scope.runtime.limits.cellsPerRead) {
    throw hostError('RangeExceedsLimit', `The cell count in the range (${cellCount(rect)}) has exceeded the maximum supported number (${scope.runtime.limits.cellsPerRead}).`);
  }
}

/** Excel's address of a target: "Huvudbok!A1:B2", or comma-separated for several areas. */
export function addressOf(sheet: SheetModel, rects: readonly Rect[]): string {
  return rects.map((r) => qualifiedAddress(sheet.name, r)).join(', ');
}

/** The fill colour Office.js reports (no fill reads as white). */
export function fillColor(f: CellFormat): string {
  return f.fill ?? '#FFFFFF';
}

/** Validate an enum-like property value. */
export function oneOf<V extends string>(value: unknown, allowed: readonly V[]): V {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw hostError('InvalidArgument');
  return value as V;
}

/** Validate a boolean property value. */
export function bool(value: unknown): boolean {
  if (typeof value !== 'boolean') throw hostError('InvalidArgument');
  return value;
}

/** Validate a number property value. */
export function num(value: unknown, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw hostError('InvalidArgument');
  return value;
}

/** InvalidRequestContext when a proxy from another request context is passed in. */
export function ownedBy(scope: SyncScope, object: { context: unknown }, location: string): void {
  if (object.context !== scope.context) throw hostError('InvalidRequestContext', undefined, location);
}
