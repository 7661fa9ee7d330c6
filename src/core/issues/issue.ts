/**
 * What a user can fix is a value, not an exception: an Issue with a code, the sheet and cell, and
 * parameters. Issues are collected and shown together; the words live in ../i18n.
 */
import type { A1Address, SheetName } from '../grid/grid';

/** Every issue the engine reports. */
export type IssueCode =
  | 'textInAmount'
  | 'errorInCell'
  | 'badPeriod'
  | 'missingYear'
  | 'unknownKind'
  | 'missingUnit'
  | 'noLedger'
  | 'sheetNotRead'
  | 'signGuessed'
  | 'ambiguousAmount'
  | 'noHeader'
  | 'missingRole'
  | 'unknownAmountColumn'
  | 'duplicateAmountColumn'
  | 'cumulativeNotReadable'
  | 'amountBesideMonths'
  | 'summaryRowsSkipped'
  | 'overlongRow'
  | 'unitNotInOrganisation'
  | 'unitSplitAcrossSheets'
  | 'unknownParent'
  | 'duplicateUnit'
  | 'organisationCycle'
  | 'badAccountRange'
  | 'unknownAccountType'
  | 'noDataForPeriod'
  | 'accountOutsideClasses'
  | 'amountTooLarge'
  | 'fiscalStartUnknown'
  | 'fiscalStartDetected'
  | 'fiscalStartConflict'
  | 'filledDown'
  | 'repeatedRows'
  | 'overlappingSheets'
  | 'actualsEndBefore'
  | 'previousCommentUnmatched'
  | 'previousNotFollowUp'
  | 'previousOtherOrganisation'
  | 'previousNotPreviousPeriod'
  | 'forecastWithoutBudget'
  | 'forecastLooksMonthly'
  | 'forecastYearNotClosed'
  | 'forecastAccuracyNone'
  | 'forecastAccuracyOne'
  | 'indicatorMissingPeriod'
  | 'indicatorRepeatedColumn'
  | 'indicatorMissingName'
  | 'indicatorBadPeriod'
  | 'indicatorNotNumber'
  | 'indicatorUnknownDirection'
  | 'indicatorUnknownType'
  | 'indicatorDuplicate'
  | 'indicatorConflictingDirection'
  | 'indicatorOutsideYear'
  | 'indicatorPercentAsFraction'
  | 'lockUnreadable'
  | 'lockMismatch'
  | 'moreIssues';

/** An error stops the build; a warning is shown beside the result. */
export type Severity = 'error' | 'warning';

/** One problem in the input, with where it is. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet?: SheetName;
  /** Sheet-qualified cell address ("Huvudbok!E40"). */
  readonly address?: A1Address;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Make an error issue. */
export function anError(code: IssueCode, where: { sheet?: SheetName; address?: A1Address }, params: Record<string, string | number> = {}): Issue {
  return { code, severity: 'error', ...where, params };
}

/** Make a warning. */
export function aWarning(code: IssueCode, where: { sheet?: SheetName; address?: A1Address }, params: Record<string, string | number> = {}): Issue {
  return { code, severity: 'warning', ...where, params };
}

/** Whether any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Collects issues, keeping at most `limit` per code so a sheet full of bad cells stays readable;
 * the rest are counted in one 'moreIssues' issue per code.
 */
export class IssueCollector {
  private readonly kept: Issue[] = [];
  private readonly counts = new Map<IssueCode, number>();
  private readonly overflowSeverity = new Map<IssueCode, Severity>();

  constructor(private readonly limit = 200) {}

  /** Add one issue. */
  add(issue: Issue): void {
    const n = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, n);
    if (n <= this.limit) this.kept.push(issue);
    else if (issue.severity === 'error') this.overflowSeverity.set(issue.code, 'error');
    else if (!this.overflowSeverity.has(issue.code)) this.overflowSeverity.set(issue.code, 'warning');
  }

  /** Add several issues. */
  addAll(issues: readonly Issue[]): void {
    for (const i of issues) this.add(i);
  }

  /** The issues kept, then one 'moreIssues' per code that overflowed. */
  list(): readonly Issue[] {
    const more: Issue[] = [];
    for (const [code, severity] of this.overflowSeverity) {
      more.push({ code: 'moreIssues', severity, params: { code, count: (this.counts.get(code) ?? 0) - this.limit } });
    }
    return [...this.kept, ...more];
  }
}
