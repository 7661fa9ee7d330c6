/**
 * The add-in's path from a grid to a report, stage by stage as analyseWorkbook runs it
 * (detectLayout → readLedger → organisationFromLedger → computeFollowUp), then the report
 * (buildReport + summaryText + jsonReport serialised), each stage timed and its memory watched.
 */
import { KOMMUN_BAS } from '../src/core/accounts/accounts';
import { computeFollowUp, type FollowUp } from '../src/core/followup/computeFollowUp';
import type { Grid } from '../src/core/grid/grid';
import { hasErrors } from '../src/core/issues/issue';
import { detectLayout, type SheetLayout } from '../src/core/ledger/detect';
import { readLedger, type LedgerReading } from '../src/core/ledger/readLedger';
import { gridRows } from '../src/core/ledger/gridRows';
import { organisationFromLedger } from '../src/core/organisation/fromLedger';
import type { Organisation } from '../src/core/organisation/organisation';
import type { FollowUpPeriod } from '../src/core/period/month';
import { ALL_SECTIONS, buildReport } from '../src/core/report/buildReport';
import { jsonReport } from '../src/core/report/json';
import { summaryText } from '../src/core/report/summary';
import type { MemoryPeak, MemoryWatch } from './memory';

/** The stages, in order. */
export const PHASES = ['detectLayout', 'readLedger', 'organisation', 'computeFollowUp', 'report'] as const;

/** A stage's name. */
export type PhaseName = (typeof PHASES)[number];

/** One stage of one run. */
export interface PhaseResult extends MemoryPeak {
  readonly ms: number;
}

/** One run of all stages. */
export interface PipelineRun {
  readonly phases: Readonly<Record<PhaseName, PhaseResult>>;
  readonly totalMs: number;
  /** The highest of the stages' peaks. */
  readonly peakRssMb: number;
  readonly peakHeapUsedMb: number;
  /** Counts that show the run did the real work. */
  readonly units: number;
  readonly reportRows: number;
  readonly jsonChars: number;
}

/** Run a stage under the watch. */
function timed<T>(watch: MemoryWatch, work: () => T): { value: T; result: PhaseResult } {
  watch.start();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  return { value, result: { ms: Math.round(ms * 10) / 10, ...watch.stop() } };
}

/** Run grid → report once. Throws when the engine reports errors (the data is meant to be clean). */
export function runPipeline(grid: Grid, period: FollowUpPeriod, watch: MemoryWatch): PipelineRun {
  const detect = timed<SheetLayout>(watch, () => detectLayout(grid));
  if (detect.value.kind !== 'ledger') throw new Error(`detectLayout: ${grid.sheet} is not a ledger (${detect.value.kind})`);
  const read = timed<LedgerReading>(watch, () => readLedger([{ rows: gridRows(grid), layout: detect.value }]));
  if (hasErrors(read.value.issues)) throw new Error(`readLedger: ${read.value.issues.length} issues, first ${JSON.stringify(read.value.issues[0])}`);
  const ledger = read.value.ledger;
  const org = timed<Organisation>(watch, () => organisationFromLedger(ledger));
  const compute = timed<FollowUp>(watch, () => computeFollowUp({ ledger, organisation: org.value, plan: KOMMUN_BAS, period }));
  if (hasErrors(compute.value.issues)) throw new Error(`computeFollowUp: ${JSON.stringify(compute.value.issues[0])}`);
  const f = compute.value;
  const report = timed(watch, () => {
    const organisation = ledger.title ?? grid.sheet;
    const summary = summaryText(f, { lang: 'sv', scale: 'tkr', organisation });
    const sheet = buildReport(f, {
      lang: 'sv',
      scale: 'tkr',
      parentStyle: 'above',
      sections: ALL_SECTIONS,
      organisation,
      ledgerActualWord: ledger.actualWord,
      sourceSheets: ledger.sheets,
      comments: new Map(),
    });
    const json = JSON.stringify(jsonReport(f, { lang: 'sv', warnings: [], summary }), null, 2);
    return { sheet, json };
  });
  const phases: Record<PhaseName, PhaseResult> = {
    detectLayout: detect.result,
    readLedger: read.result,
    organisation: org.result,
    computeFollowUp: compute.result,
    report: report.result,
  };
  const all = Object.values(phases);
  return {
    phases,
    totalMs: Math.round(all.reduce((s, p) => s + p.ms, 0) * 10) / 10,
    peakRssMb: Math.max(...all.map((p) => p.peakRssMb)),
    peakHeapUsedMb: Math.max(...all.map((p) => p.peakHeapUsedMb)),
    units: f.organisation.nodes.length,
    reportRows: report.value.sheet.rows.length,
    jsonChars: report.value.json.length,
  };
}
