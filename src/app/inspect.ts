/**
 * What the task pane shows before a build: the workbook's sheets with their detected layouts
 * (column roles the user may correct), tables, follow-ups, the months the ledger holds amounts for
 * and the period to propose: the latest month with actuals.
 *
 * The ledger sheets are read whole (as a build reads them) because the months with actuals can
 * be anywhere in them; other sheets only their first rows. Proposing a month without data made
 * the first build of a new user fail (issue 8), so the pane pays this read up front.
 */
import type { YearMonth } from '../core/ledger/coverage';
import { detectLayout, type SheetLayout } from '../core/ledger/detect';
import { queueSheets, queueTags, rememberedLayoutsFor, resolveIndex, type WorkbookIndex } from '../excel/followUpSheets';
import { readRemaining, syncWithSamples } from '../excel/readGrids';
import { withCompute } from './compute/computeClient';
import { ok, type Result } from './errors';
import { queueLockParts, queueLockXml } from '../excel/cycleStore';
import { lockListings, type LockListing } from './locks';
import { pause, runExcel } from './excelRun';

/** The months the ledger holds amounts for, as year and month, ascending. */
export interface InspectedCoverage {
  readonly actualMonths: readonly YearMonth[];
  readonly dataMonths: readonly YearMonth[];
  /** The fiscal year's first month as the ledger says it ("Financial Year 2025/26" beside dates); null: not said. */
  readonly fiscalStart: number | null;
}

/** The workbook as the task pane sees it. */
export interface Inspection {
  readonly index: WorkbookIndex;
  /** Layouts of the sheets that are not follow-ups, detected from their first rows, with the
   * column roles the user corrected earlier (remembered in the workbook) applied. */
  readonly layouts: readonly SheetLayout[];
  /** The month to follow up by default: the latest with actuals; else the latest with any
   * amount; else last calendar month (month-end close). */
  readonly suggestedPeriod: YearMonth;
  /** The ledger's months; null when no ledger could be read. */
  readonly coverage: InspectedCoverage | null;
  /** Each sheet's first column read (0 = A): a layout's column index plus this is the sheet's
   * column, so the pane can name a cell's column by its header ("G (Redovisning)"). */
  readonly firstColumns: Readonly<Record<string, number>>;
  /** The organisation's name as a build takes it from the ledger's title rows ("Kommunledningsstab",
   * not "Huvudbok Kommunledningsstab 2025 (kr)"); null when they name none or no ledger was read. */
  readonly organisation: string | null;
  /** The workbook's locked months (custom XML parts), each with its follow-up's settings id. */
  readonly locks: readonly LockListing[];
}

/** Inspect the open workbook. */
export function inspectWorkbook(today = new Date()): Promise<Result<Inspection>> {
  return runExcel(async (context, caps) => {
    const sheets = queueSheets(context);
    const lockParts = queueLockParts(context);
    await context.sync();
    const { samples, others } = await syncWithSamples(context, sheets.sheets.items.map((ws) => ws.name), () => ({
      tags: queueTags(context, sheets, caps.customProperties),
      // The locks' XML rides along with the second sync: listing them costs no sync.
      locks: queueLockXml(lockParts),
    }));
    const tags = others.tags;
    const index = resolveIndex(sheets, tags);
    const followUpIds = new Set(index.followUps.map((f) => f.id));
    const names = index.sheets.filter((s) => !followUpIds.has(s.id)).map((s) => s.name);
    // The samples are loaded: the first rows of every sheet, enough to tell the ledgers.
    const heads = await readRemaining(context, samples, names, { maxRows: 60 });
    const remembered = rememberedLayoutsFor(index, heads);
    const layouts = heads.map((g) => remembered.get(g.sheet) ?? detectLayout(g));
    const ledgerNames = layouts.filter((l) => l.kind === 'ledger').map((l) => l.sheet as string);
    // A million rows read into the engine would block the pane: they go to a worker as they arrive.
    const glance =
      ledgerNames.length === 0
        ? null
        : await withCompute(pause, async (compute) => {
            await readRemaining(context, samples, ledgerNames, { pause, sink: compute.rows });
            return compute.glance(layouts);
          });
    const coverage = glance === null ? null : { ...glance.coverage, fiscalStart: glance.fiscalStart };
    const firstColumns = Object.fromEntries(heads.map((g) => [g.sheet, g.origin.column]));
    return ok({ index, layouts, coverage, firstColumns, organisation: glance?.title ?? null, suggestedPeriod: suggestPeriod(coverage, today), locks: lockListings(others.locks()) });
  });
}

/** The latest month with actuals, else with any amount, else last calendar month. */
function suggestPeriod(coverage: InspectedCoverage | null, today: Date): YearMonth {
  const latest = coverage?.actualMonths.at(-1) ?? coverage?.dataMonths.at(-1);
  if (latest) return latest;
  const last = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return { year: last.getFullYear(), month: last.getMonth() + 1 };
}
