/**
 * A fake AppApi for the task pane's tests: canned inspections, outcomes and errors, every use case
 * a jest mock so tests can see what the pane asked for. Outcomes carry real report models built by
 * the engine from a small ledger, so the copy buttons copy real tables.
 */
import type { AppApi, AppError, BuildOutcome, Inspection, LockOutcome, OnProgress, RefreshOutcome, Result, RowsBehindOutcome } from '../../src/app';
import type { Money } from '../../src/core/money';
import { composeFollowUp } from '../../src/core/compose';
import type { FollowUpSettings } from '../../src/core/followUpSettings';
import type { Issue } from '../../src/core/issues/issue';
import type { ColumnRole, SheetLayout } from '../../src/core/ledger/detect';
import type { Role } from '../../src/core/ledger/schema';
import type { SheetName } from '../../src/core/grid/grid';
import { ALL_SECTIONS } from '../../src/core/report/buildReport';
import { aLedger, type LedgerRowSpec } from '../support/builders';

/** A follow-up sheet as the workbook index lists it. */
export type FollowUpSheet = Inspection['index']['followUps'][number];

/** A layout's columns from [header, role] pairs, numbered from column A. */
export function columns(pairs: readonly (readonly [string, Role])[]): ColumnRole[] {
  return pairs.map(([header, role], index) => ({ index, header, role }));
}

/** The "Huvudbok" ledger of tests/support/builders as detection sees it (Redovisning for actuals). */
export function aLedgerLayout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  return {
    sheet: 'Huvudbok' as SheetName,
    kind: 'ledger',
    headerRow: 1,
    shape: 'long',
    columns: columns([
      ['Period', 'period'],
      ['Avdelning', 'unit'],
      ['Enhet', 'unit'],
      ['Konto', 'account'],
      ['Budget', 'budget'],
      ['Redovisning', 'actual'],
      ['Prognos', 'forecast'],
    ]),
    title: 'Kommunledningsstab',
    ...overrides,
  };
}

/** An organisation sheet's layout. */
export function anOrganisationLayout(sheet = 'Organisation'): SheetLayout {
  return {
    sheet: sheet as SheetName,
    kind: 'organisation',
    headerRow: 0,
    shape: 'long',
    columns: columns([['Enhet', 'unit'], ['Namn', 'name'], ['Överordnad', 'parent']]),
    title: null,
  };
}

/** Settings with defaults: July 2025, tkr, Swedish, every section. */
export function someSettings(overrides: Partial<FollowUpSettings> = {}): FollowUpSettings {
  return {
    id: 'fu1',
    period: { year: 2025, month: 7, months: 1 },
    scale: 'tkr',
    lang: 'sv',
    parentStyle: 'above',
    sections: ALL_SECTIONS,
    ...overrides,
  };
}

/** A follow-up sheet the workbook already has. */
export function aFollowUpSheet(overrides: Partial<FollowUpSheet> = {}): FollowUpSheet {
  return { id: 'sheet-1', name: 'Uppföljning 2025-06', position: 3, visible: true, settings: someSettings({ period: { year: 2025, month: 6, months: 1 } }), comments: [], hasLayout: true, ...overrides };
}

/** An inspection: a ledger and an organisation sheet, no follow-ups, June 2025 suggested. */
export function anInspection(
  overrides: { layouts?: readonly SheetLayout[]; followUps?: readonly FollowUpSheet[]; suggestedPeriod?: Inspection['suggestedPeriod']; coverage?: Inspection['coverage']; organisation?: string | null; locks?: Inspection['locks'] } = {},
): Inspection {
  const layouts = overrides.layouts ?? [aLedgerLayout(), anOrganisationLayout()];
  const followUps = overrides.followUps ?? [];
  return {
    index: {
      sheets: [
        ...layouts.map((l, position) => ({ id: `id-${l.sheet}`, name: l.sheet, position, visible: true })),
        ...followUps.map((f) => ({ id: f.id, name: f.name, position: f.position, visible: true })),
      ],
      followUps,
      tables: [],
      leftovers: [],
      rememberedLayouts: [],
    },
    layouts,
    suggestedPeriod: overrides.suggestedPeriod ?? { year: 2025, month: 6 },
    // Unknown unless a test gives it: the form then checks no period against the ledger.
    coverage: overrides.coverage ?? null,
    firstColumns: Object.fromEntries(layouts.map((l) => [l.sheet, 0])),
    organisation: overrides.organisation === undefined ? 'Kommunledningsstab' : overrides.organisation,
    locks: overrides.locks ?? [],
  };
}

const LEDGER: readonly LedgerRowSpec[] = [
  { unit: 'Stab', budget: 100000, actual: 90000 },
  { unit: 'IT', sub: 'Drift', budget: 50000, actual: 60000 },
  { unit: 'IT', sub: 'Support', budget: 20000, actual: 10000 },
  { unit: 'IT', sub: 'Support', account: 3010, budget: -5000, actual: -7000 },
];

/** A follow-up built for real from a small ledger (July 2025). */
export function aBuildOutcome(overrides: Partial<Pick<BuildOutcome, 'sheetId' | 'sheetName' | 'warnings'>> & { settings?: Partial<FollowUpSettings> } = {}): BuildOutcome {
  const composed = composeFollowUp([aLedger(LEDGER)], someSettings({ organisation: 'KLS', ...overrides.settings }));
  if (!composed.ok) throw new Error(`the test ledger does not build: ${JSON.stringify(composed.analysis.issues)}`);
  return {
    sheetId: overrides.sheetId ?? 'new-sheet',
    sheetName: overrides.sheetName ?? composed.report.name,
    summary: composed.summary,
    report: composed.report,
    warnings: overrides.warnings ?? [],
  };
}

/** An input error from issues. */
export function anInputError(issues: readonly Issue[]): AppError {
  return { kind: 'input', issues };
}

/** A success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure. */
export function failed<T>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** A promise the test settles when it wants (to look at the pane while a build runs). */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

/** A deferred promise. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** The fake: an AppApi whose use cases are mocks. */
export interface FakeApp {
  readonly api: AppApi;
  readonly inspectWorkbook: jest.Mock<Promise<Result<Inspection>>, []>;
  readonly buildFollowUp: jest.Mock<ReturnType<AppApi['buildFollowUp']>, Parameters<AppApi['buildFollowUp']>>;
  readonly refreshFollowUps: jest.Mock<Promise<Result<readonly RefreshOutcome[]>>, [readonly string[] | 'all', OnProgress?]>;
  readonly buildNextMonth: jest.Mock<ReturnType<AppApi['buildNextMonth']>, Parameters<AppApi['buildNextMonth']>>;
  readonly goToSheet: jest.Mock<Promise<Result<void>>, [string]>;
  readonly selectCell: jest.Mock<Promise<Result<void>>, [string]>;
  readonly takeRibbonNotice: jest.Mock<Promise<Result<string[]>>, []>;
  readonly showRowsBehindSelection: jest.Mock<Promise<Result<RowsBehindOutcome>>, [OnProgress?]>;
  readonly lockMonth: jest.Mock<Promise<Result<LockOutcome>>, [string, OnProgress?]>;
}

/** A fake app: the inspection given (or anInspection()), builds that succeed with aBuildOutcome(). */
export function fakeApp(
  o: { inspection?: Result<Inspection>; build?: Result<BuildOutcome>; nextMonth?: Result<BuildOutcome>; refresh?: Result<readonly RefreshOutcome[]>; ribbonNotice?: string[]; rowsBehind?: Result<RowsBehindOutcome>; lock?: Result<LockOutcome> } = {},
): FakeApp {
  const inspectWorkbook = jest.fn(async (): Promise<Result<Inspection>> => o.inspection ?? ok(anInspection()));
  const buildFollowUp = jest.fn(async (..._args: Parameters<AppApi['buildFollowUp']>): Promise<Result<BuildOutcome>> => o.build ?? ok(aBuildOutcome()));
  const refreshFollowUps = jest.fn(
    async (_ids: readonly string[] | 'all', _onProgress?: OnProgress): Promise<Result<readonly RefreshOutcome[]>> =>
      o.refresh ?? ok([{ sheetName: 'Uppföljning 2025-06', result: ok(aBuildOutcome({ sheetId: 'refreshed-1', sheetName: 'Uppföljning 2025-06' })) }]),
  );
  const buildNextMonth = jest.fn(
    async (..._args: Parameters<AppApi['buildNextMonth']>): Promise<Result<BuildOutcome>> => o.nextMonth ?? ok(aBuildOutcome({ sheetId: 'next-1', sheetName: 'Uppföljning 2025-07' })),
  );
  const goToSheet = jest.fn(async (_sheet: string): Promise<Result<void>> => ok(undefined));
  const selectCell = jest.fn(async (_address: string): Promise<Result<void>> => ok(undefined));
  const takeRibbonNotice = jest.fn(async (): Promise<Result<string[]>> => ok(o.ribbonNotice ?? []));
  const showRowsBehindSelection = jest.fn(
    async (_onProgress?: OnProgress): Promise<Result<RowsBehindOutcome>> => o.rowsBehind ?? ok({ sheetName: 'Underlag', rows: 12, total: 123_400 as Money, figure: 'ytdActual' }),
  );
  const lockMonth = jest.fn(
    async (sheetId: string, _onProgress?: OnProgress): Promise<Result<LockOutcome>> =>
      o.lock ?? ok({ sheetId, sheetName: 'Uppföljning 2025-06', followUpId: 'fu1', lockedAt: '2025-07-31T14:02:05+02:00', shownAt: '2025-07-31 14:02', replaced: false, size: 1000 }),
  );
  return {
    api: { inspectWorkbook, buildFollowUp, refreshFollowUps, buildNextMonth, goToSheet, selectCell, showRowsBehindSelection, takeRibbonNotice, lockMonth },
    buildNextMonth,
    lockMonth,
    showRowsBehindSelection,
    inspectWorkbook,
    buildFollowUp,
    refreshFollowUps,
    goToSheet,
    selectCell,
    takeRibbonNotice,
  };
}

/** Coverage of consecutive months of one year: actuals for months first..lastActual, data through lastData. */
export function aCoverage(year: number, lastActual: number, lastData = 12, first = 1): NonNullable<Inspection['coverage']> {
  const months = (to: number) => Array.from({ length: to - first + 1 }, (_, i) => ({ year, month: first + i }));
  return { actualMonths: months(lastActual), dataMonths: months(lastData), fiscalStart: null };
}
