/**
 * Reading worksheets into grids with a bounded number of syncs: one sync loads every sheet's used
 * range and its first rows (a sample that measures the bytes per row), then the rest is read in
 * row chunks sized to stay under Excel's 5 MB response limit and 5 M-cell read limit, several
 * sheets sharing a sync. A chunk Excel still finds too large is halved and read again.
 */
import { makeGrid, type Cell, type Grid, type RowMarks } from '../core/grid/grid';
import { responseBytes, toCellRows } from './cells';

/** Tuning and callbacks for a read. */
export interface ReadGridsOptions {
  /** Bytes aimed at per sync (Excel refuses responses over 5 MB). */
  readonly bytesPerSync?: number;
  /** Called after each sync with rows read so far and in all. */
  readonly onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Awaited between syncs so the task pane stays responsive. */
  readonly pause?: () => Promise<void>;
  /** Read at most this many rows of each sheet (the task pane's quick look needs only the top). */
  readonly maxRows?: number;
  /** Sync once even when every row came with the samples (other loads are queued). */
  readonly syncAtLeastOnce?: boolean;
  /**
   * Where the rows go as they are read, instead of into the grids, which then hold each sheet's
   * first rows only (up to the sample's 60): the task pane sends them to its computing worker, so a million rows
   * are never held as cells on the thread Office watches.
   */
  readonly sink?: RowSink;
}

/** A sheet's place: its name, the used range's first row and column, and its rows in all. */
export interface SheetPlacement {
  readonly name: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly rowCount: number;
  /** Rows the workbook marks (an Excel table's total row), from `origin`. */
  readonly marks?: RowMarks;
}

/** Takes rows as Excel gave them (values with valueTypes), from row `start` of the used range. */
export type RowSink = (sheet: SheetPlacement, start: number, values: readonly (readonly unknown[])[], types: readonly (readonly string[])[]) => Promise<void>;

/** Excel's limit on cells in one read. */
const MAX_CELLS_PER_READ = 5_000_000;
const DEFAULT_BYTES_PER_SYNC = 4_500_000;

interface SheetRead {
  readonly name: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rows: Cell[][];
}

interface Piece {
  readonly sheet: SheetRead;
  readonly start: number;
  readonly rows: number;
}

/** The used ranges and first rows of sheets, queued before a sync. */
export interface QueuedSamples {
  readonly sampleRows: number;
  readonly sheets: readonly { readonly name: string; readonly range: Excel.Range; readonly sample: Excel.Range }[];
}

/**
 * Rows sampled per sheet: the header search's 50 and a few more. Every sheet is sampled in one
 * sync, wide sheets of notes too, so a larger sample risks Excel's 5 MB response limit.
 */
const SAMPLE_ROWS = 60;

/**
 * Queue loading each sheet's used range and its first rows (the sample that measures bytes per
 * row). The caller syncs, typically together with other loads.
 */
export function queueSamples(context: Excel.RequestContext, sheetNames: readonly string[], sampleRows = SAMPLE_ROWS): QueuedSamples {
  return {
    sampleRows,
    sheets: sheetNames.map((name) => {
      // getUsedRange, not …OrNullObject: a blank sheet gives A1, so nothing is chained on a null object.
      const range = context.workbook.worksheets.getItem(name).getUsedRange(true);
      // rowHidden (ExcelApi 1.2): null when some rows are hidden or filtered out; they are read all the same.
      range.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
      const sample = range.getRow(0).getResizedRange(sampleRows - 1, 0);
      sample.load('values,valueTypes');
      return { name, range, sample };
    }),
  };
}

/**
 * Sync the samples of `sheetNames` together with the loads `queueOthers` queues (tags, comments).
 * When Excel finds that sync too large (wide sheets of notes, older Excel on the web), it is queued
 * again with half the sample rows, down to one; the loads are queued afresh each time, since a
 * failed sync's loads are dropped.
 */
export async function syncWithSamples<T>(context: Excel.RequestContext, sheetNames: readonly string[], queueOthers: () => T): Promise<{ samples: QueuedSamples; others: T }> {
  for (let rows = SAMPLE_ROWS; ; rows = Math.max(1, Math.floor(rows / 2))) {
    const others = queueOthers();
    const samples = queueSamples(context, sheetNames, rows);
    try {
      await context.sync();
      return { samples, others };
    } catch (e) {
      if (!isTooLarge(e) || rows === 1) throw e;
    }
  }
}

/** Read the rest of the named sheets (after the samples' sync) into grids, in chunks. */
export async function readRemaining(context: Excel.RequestContext, samples: QueuedSamples, sheetNames: readonly string[], o: ReadGridsOptions = {}): Promise<Grid[]> {
  let budget = o.bytesPerSync ?? DEFAULT_BYTES_PER_SYNC;
  const reads: SheetRead[] = [];
  const pieces: Piece[] = [];
  let bytesPerRow = 1;
  let total = 0;
  let done = 0;
  for (const u of samples.sheets.filter((x) => sheetNames.includes(x.name))) {
    const sampleCount = Math.min(samples.sampleRows, u.range.rowCount, o.maxRows ?? Number.POSITIVE_INFINITY);
    const values = u.sample.values.slice(0, sampleCount);
    const types = u.sample.valueTypes.slice(0, sampleCount) as string[][];
    const rowCount = Math.min(u.range.rowCount, o.maxRows ?? Number.POSITIVE_INFINITY);
    const sheet: SheetRead = { name: u.name, rowIndex: u.range.rowIndex, columnIndex: u.range.columnIndex, rowCount, columnCount: u.range.columnCount, rows: toCellRows(values.slice(0, rowCount), types.slice(0, rowCount)) };
    reads.push(sheet);
    await o.sink?.(placementOf(sheet), 0, values.slice(0, rowCount), types.slice(0, rowCount));
    bytesPerRow = Math.max(bytesPerRow, Math.ceil((responseBytes(values, types) / Math.max(1, sampleCount)) * 1.1));
    const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, sheet.columnCount)));
    for (let start = sampleCount; start < sheet.rowCount; start += maxRows) pieces.push({ sheet, start, rows: Math.min(maxRows, sheet.rowCount - start) });
    total += sheet.rowCount;
    done += sampleCount;
  }
  o.onProgress?.(done, total);

  const queue = [...pieces];
  if (queue.length === 0 && o.syncAtLeastOnce) await context.sync();
  while (queue.length > 0) {
    const batch = takeBatch(queue, budget, bytesPerRow);
    const loads = batch.map((p) => {
      const r = context.workbook.worksheets.getItem(p.sheet.name).getRangeByIndexes(p.sheet.rowIndex + p.start, p.sheet.columnIndex, p.rows, p.sheet.columnCount);
      r.load('values,valueTypes');
      return { piece: p, range: r };
    });
    try {
      await context.sync();
      // Over five million cells, Range.values may come back null instead of an error (docs, performance article).
      if (loads.some((l) => l.range.values === null)) throw Object.assign(new Error('Excel returned no values for a chunk.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    } catch (e) {
      if (!isTooLarge(e) || batch.every((p) => p.rows === 1)) throw e;
      // Excel found the response too large after all: halve the pieces, read them again, and
      // aim lower from now on.
      queue.unshift(...batch.flatMap(halve));
      budget = Math.max(bytesPerRow, Math.floor((batch.reduce((n, p) => n + p.rows, 0) * bytesPerRow) / 2));
      continue;
    }
    let bytes = 0;
    let rowsRead = 0;
    for (const { piece, range } of loads) {
      const types = range.valueTypes as string[][];
      // With a sink, the grid keeps the first rows only (where layouts are detected), however few the sample had.
      const kept = o.sink ? Math.max(0, Math.min(range.values.length, SAMPLE_ROWS - piece.start)) : range.values.length;
      const rows = kept === range.values.length ? toCellRows(range.values, types) : toCellRows(range.values.slice(0, kept), types.slice(0, kept));
      for (let i = 0; i < rows.length; i++) piece.sheet.rows[piece.start + i] = rows[i]!;
      await o.sink?.(placementOf(piece.sheet), piece.start, range.values, types);
      done += piece.rows;
      bytes += responseBytes(range.values, types);
      rowsRead += piece.rows;
    }
    // Size the next chunks by what Excel actually sent: the first rows are not always typical.
    bytesPerRow = Math.max(1, Math.ceil((bytes / Math.max(1, rowsRead)) * 1.05));
    o.onProgress?.(done, total);
    await o.pause?.();
  }
  return reads.map((s) => makeGrid(s.name, s.rows, { row: s.rowIndex, column: s.columnIndex }));
}

function placementOf(s: SheetRead): SheetPlacement {
  return { name: s.name, origin: { row: s.rowIndex, column: s.columnIndex }, rowCount: s.rowCount };
}

/** Take pieces from the queue for one sync, splitting the last one to fit the byte budget. */
function takeBatch(queue: Piece[], budget: number, bytesPerRow: number): Piece[] {
  const batch: Piece[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const p = queue[0]!;
    const fit = Math.floor((budget - bytes) / bytesPerRow);
    if (fit <= 0) break;
    if (p.rows <= fit) {
      batch.push(queue.shift()!);
      bytes += p.rows * bytesPerRow;
    } else {
      batch.push({ sheet: p.sheet, start: p.start, rows: fit });
      queue[0] = { sheet: p.sheet, start: p.start + fit, rows: p.rows - fit };
      break;
    }
  }
  if (batch.length === 0) {
    const p = queue.shift()!;
    batch.push(p.rows > 1 ? { ...p, rows: 1 } : p);
    if (p.rows > 1) queue.unshift({ sheet: p.sheet, start: p.start + 1, rows: p.rows - 1 });
  }
  return batch;
}

function halve(p: Piece): Piece[] {
  if (p.rows === 1) return [p];
  const a = Math.floor(p.rows / 2);
  return [
    { sheet: p.sheet, start: p.start, rows: a },
    { sheet: p.sheet, start: p.start + a, rows: p.rows - a },
  ];
}

/**
 * Whether Excel refused a sync as too large. Besides the documented codes, older Excel on the web
 * answered an over-large payload with GeneralException ("An internal error has occurred"), so that
 * is read as "too large" too: a read that fails that way for another reason is halved down to one
 * row and then fails as before, so nothing is hidden, only retried.
 */
function isTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'GeneralException';
}
