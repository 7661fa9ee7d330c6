/**
 * The computing side: grids assembled from the chunks received, and the jobs run on them. The
 * worker wraps it in its message handler; without a worker the app calls it directly, so the
 * computation takes the same path (encoded rows in, the same jobs) wherever it runs.
 */
import { makeGrid, type Cell, type Grid } from '../../core/grid/grid';
import { decodeRows, type GridChunk } from './gridCodec';
import { composeForApp, glanceAtLedger, rowsBehindForApp } from './jobs';
import type { ComputeReply, ComputeRequest } from './protocol';

interface Assembling {
  readonly first: GridChunk;
  readonly rows: Cell[][];
  received: number;
}

/** A handler of compute requests: one per worker (or per in-thread session). */
export function createComputeHandler(): (request: ComputeRequest) => ComputeReply {
  const sheets = new Map<string, Assembling>();
  const grids = (): Grid[] =>
    [...sheets.values()].map(({ first, rows, received }) => {
      // A row missing would be computed as absent, silently: a broken invariant, not a result.
      if (received !== rows.length) throw new Error(`Sheet ${first.sheet}: ${received} of ${rows.length} rows reached the computation.`);
      return { ...makeGrid(first.sheet, rows, first.origin), ...(first.marks ? { marks: first.marks } : {}) };
    });
  return (request) => {
    try {
      switch (request.kind) {
        case 'rows': {
          const c = request.chunk;
          let sheet = sheets.get(c.sheet);
          if (!sheet) {
            sheet = { first: c, rows: new Array<Cell[]>(c.totalRows), received: 0 };
            sheets.set(c.sheet, sheet);
          }
          decodeRows(c, sheet.rows);
          sheet.received += c.rowLengths.length;
          return { id: request.id, ok: true, value: null };
        }
        case 'glance':
          return { id: request.id, ok: true, value: glanceAtLedger(grids(), request.layouts) };
        case 'compose':
          return { id: request.id, ok: true, value: composeForApp(grids(), request.settings, request.options) };
        case 'rowsBehind':
          return { id: request.id, ok: true, value: rowsBehindForApp(grids(), request.settings, request.options, request.target) };
      }
    } catch (e) {
      // A broken invariant in the engine: the app rethrows it, as it would have thrown in-thread.
      return { id: request.id, ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  };
}
