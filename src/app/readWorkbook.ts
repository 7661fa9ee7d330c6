/**
 * The read phase shared by Build and Refresh: sheets and tags (sync 1); tags, comment layouts,
 * used ranges and first rows (sync 2); then the ledger rows in chunks, with the comments of the
 * follow-ups being refreshed riding along. Follow-up sheets are never read as ledgers.
 */
import type { Grid } from '../core/grid/grid';
import { detectLayout, type SheetLayout } from '../core/ledger/detect';
import { queueReadComments, queueSheets, queueTags, rememberedLayoutsFor, resolveIndex, type FollowUpSheet, type WorkbookIndex } from '../excel/followUpSheets';
import { readRemaining, syncWithSamples, type RowSink } from '../excel/readGrids';
import { queueTotalRows, sinkWithTotalRowsMarked, withTotalRowsMarked } from '../excel/tableRows';
import type { Capabilities } from './excelRun';
import { pause } from './excelRun';
import { timeLimitError, type Deadline } from './deadline';
import { overall, type OnProgress } from './progress';

/** What was read. */
export interface WorkbookRead {
  readonly index: WorkbookIndex;
  /** The ledger-candidate sheets; only their sampled first rows when the rows went to a sink. */
  readonly grids: readonly Grid[];
  /** The comments typed into follow-ups, by sheet id, then by comment key. */
  readonly comments: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Layouts with the user's remembered column-role corrections, by sheet name. */
  readonly layouts: ReadonlyMap<string, SheetLayout>;
  /** Sheets read that have hidden or filtered-out rows (read and counted all the same). */
  readonly hiddenRows: readonly string[];
}

/** Warnings that hidden or filtered-out rows of ledger sheets were counted, in the user's language. */
export function hiddenRowsWarnings(read: WorkbookRead, lang: 'sv' | 'en'): string[] {
  return read.hiddenRows
    .filter((name) => {
      const grid = read.grids.find((g) => g.sheet === name);
      return (read.layouts.get(name) ?? (grid ? detectLayout(grid) : null))?.kind === 'ledger';
    })
    .map((name) =>
      lang === 'sv'
        ? `${name}: bladet har dolda eller filtrerade rader; de räknades med (filter och dolda rader tar inte bort något).`
        : `${name}: the sheet has hidden or filtered-out rows; they were counted (filters and hidden rows remove nothing).`,
    );
}

/**
 * Read the workbook's ledger-candidate sheets; `keepCommentsOf` picks follow-ups whose comments to
 * keep. With a `sink`, the rows go to it as they are read (table total rows marked), not into the grids.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  keepCommentsOf: (index: WorkbookIndex) => readonly FollowUpSheet[],
  onProgress?: OnProgress,
  deadline?: Deadline,
  sink?: RowSink,
): Promise<WorkbookRead> {
  onProgress?.({ phase: 'reading', fraction: 0 });
  const sheets = queueSheets(context);
  await context.sync();
  const { samples, others } = await syncWithSamples(context, sheets.sheets.items.map((ws) => ws.name), () => ({
    tags: queueTags(context, sheets, caps.customProperties),
    totals: queueTotalRows(sheets.tables),
  }));
  const tags = others.tags;
  const index = resolveIndex(sheets, tags);
  const followUpIds = new Set(index.followUps.map((f) => f.id));
  // The add-in's own sheets are never ledgers: its follow-ups, and the rows behind a figure.
  const ledgerNames = index.sheets.filter((s) => !followUpIds.has(s.id) && s.id !== index.underlag).map((s) => s.name);
  const keep = keepCommentsOf(index);
  const pending = keep.map((f) => ({ id: f.id, read: queueReadComments(context, f) }));
  const totals = others.totals();
  const grids = await readRemaining(context, samples, ledgerNames, {
    ...(sink ? { sink: sinkWithTotalRowsMarked(sink, totals) } : {}),
    // Between chunks: a read that would outlast the deadline stops before anything is written.
    pause: () => (deadline?.passed() ? Promise.reject(timeLimitError()) : pause()),
    syncAtLeastOnce: keep.some((f) => f.comments.length > 0),
    onProgress: (done, total) => onProgress?.({ phase: 'reading', fraction: overall('reading', total === 0 ? 1 : done / total) }),
  });
  const ledgers = withTotalRowsMarked(grids, totals);
  const hiddenRows = samples.sheets.filter((u) => ledgerNames.includes(u.name) && u.range.rowHidden !== false).map((u) => u.name);
  return { index, grids: ledgers, comments: new Map(pending.map((p) => [p.id, p.read()])), layouts: rememberedLayoutsFor(index, ledgers), hiddenRows };
}
