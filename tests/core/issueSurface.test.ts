/**
 * Issue words depend on where they are shown: on the command line no message sends the user to
 * the task pane (or to a dropdown), in the pane none to a flag. Every issue code is checked, with
 * each value of the parameters that change the words.
 */
import { issueMessage, type Surface } from '../../src/core/i18n/issues';
import { anError, type Issue, type IssueCode } from '../../src/core/issues/issue';

type Params = Record<string, string | number>;

/** Every code with the parameter sets that give it different words (the Record makes the list complete). */
const PARAMS: Record<IssueCode, readonly Params[]> = {
  textInAmount: [{ text: 'x' }],
  errorInCell: [{ text: '#N/A' }, { text: '#UNCALCULATED' }],
  badPeriod: [{ text: '' }, { text: 'x' }],
  missingYear: [{ text: 'jan' }],
  unknownKind: [{ text: 'x' }],
  missingUnit: [{}],
  noLedger: [{}],
  sheetNotRead: [{}],
  signGuessed: [{ sign: 'debit' }, { sign: 'result' }],
  ambiguousAmount: [{ text: '1,064' }],
  noHeader: [{}],
  missingRole: [{ role: 'unit' }, { role: 'period' }, { role: 'kind' }, { role: 'amount' }],
  unknownAmountColumn: [{ column: 'E', header: 'Ram' }, { column: 'E', header: '' }],
  duplicateAmountColumn: [{ column: 'E', header: 'Budget', otherColumn: 'C', otherHeader: 'Budget' }, { column: 'E', header: 'Budgetbelopp', otherColumn: 'C', otherHeader: 'Budget' }],
  cumulativeNotReadable: ['start', 'gap', 'twice', 'ends', 'disagrees', 'wide'].map((reason) => ({ column: 'D', header: 'Utfall ack', reason })),
  amountBesideMonths: [{ column: 'N', header: 'Budget' }],
  unknownAccountType: [{ text: 'x' }],
  summaryRowsSkipped: [{ count: 2 }],
  overlongRow: [{}],
  unitNotInOrganisation: [{ unit: 'A', sheet: 'Org' }],
  unitSplitAcrossSheets: [{ unit: 'A', sheet: 'B', other: 'C', path: 'D' }],
  unknownParent: [{ text: 'x' }],
  duplicateUnit: [{ text: 'x' }],
  organisationCycle: [{ text: 'x' }],
  badAccountRange: [{ text: 'x' }],
  noDataForPeriod: [{ year: 2025, sheet: 'H' }],
  accountOutsideClasses: [{ count: 1, accounts: '9999' }],
  amountTooLarge: [{ text: '1e30' }],
  fiscalStartUnknown: [{ text: '2025/26' }],
  fiscalStartDetected: [{ month: 4, column: 'Financial Year' }],
  fiscalStartConflict: [{ given: 5, detected: 4, column: 'Financial Year' }],
  filledDown: [{ column: 'Förvaltning', range: 'B3:B9', count: 5 }],
  repeatedRows: [{ other: 'Huvudbok', count: 6 }],
  overlappingSheets: [{ other: 'Projekt A', count: 2 }],
  actualsEndBefore: [
    { lastYear: 2025, lastMonth: 7, fromYear: 2025, fromMonth: 8, year: 2025, month: 9 },
    { lastYear: 2025, lastMonth: 7, fromYear: 2025, fromMonth: 8, year: 2025, month: 8 },
  ],
  previousCommentUnmatched: [{ unit: 'KLS / IT', label: 'juni', text: 'Vakanser' }],
  previousNotFollowUp: [{}],
  previousOtherOrganisation: [{ other: 'Skola', organisation: 'KLS' }],
  previousNotPreviousPeriod: [{ found: 'maj 2025', period: 'juli 2025', wanted: 'juni 2025' }],
  forecastWithoutBudget: [{ unit: 'IT', year: '2024' }],
  forecastLooksMonthly: [{ unit: 'IT', count: 12, year: '2024' }],
  forecastYearNotClosed: [{ year: '2024', count: 1, month: 12, monthYear: 2024 }, { year: '2024', count: 2, month: 11, monthYear: 2024 }],
  forecastAccuracyNone: [{ year: '2024', month: 9, monthYear: 2024 }],
  forecastAccuracyOne: [{ year: '2024', month: 9, monthYear: 2024, forecastMonth: 3, forecastYear: 2024 }],
  indicatorMissingPeriod: [{}],
  indicatorRepeatedColumn: [{ header: 'Mål (ack period)', other: 'Mål' }],
  indicatorMissingName: [{}],
  indicatorBadPeriod: [{ text: '' }, { text: '2024-13' }],
  indicatorNotNumber: [{ text: 'ca 5', header: 'Utfall' }],
  indicatorUnknownDirection: [{ text: 'uppåt?' }],
  indicatorUnknownType: [{ text: 'kr' }],
  indicatorDuplicate: [{ name: 'Sjukfrånvaro' }],
  indicatorConflictingDirection: [{ name: 'Sjukfrånvaro' }],
  indicatorOutsideYear: [{ name: 'HME', year: '2024' }],
  indicatorPercentAsFraction: [{ name: 'Sjukfrånvaro', value: '0.056', percent: '5.6' }],
  lockUnreadable: [{ reason: 'damaged', lockedAt: '' }, { reason: 'damaged', lockedAt: '2025-07-31 14:02' }, { reason: 'version', lockedAt: '2025-07-31 14:02' }],
  lockMismatch: ['noCommonUnits', 'signDiffers', 'fiscalStartDiffers'].map((reason) => ({ reason, lockedAt: '2025-07-31 14:02' })),
  moreIssues: [{ count: 3, code: 'textInAmount' }],
};

const ISSUES: Issue[] = (Object.entries(PARAMS) as [IssueCode, readonly Params[]][]).flatMap(([code, sets]) => sets.map((p) => anError(code, {}, p)));
const PANE_WORDS = /åtgärdsfönst|task pane|\bvälj\b|\bchoose\b|dropdown|listruta/i;
const CLI_WORDS = /--[a-z]/;

describe.each(['sv', 'en'] as const)('issue words in %s', (lang) => {
  const shown = (surface?: Surface) => ISSUES.map((i) => issueMessage(i, lang, surface));

  it('on the command line never send the user to the task pane', () => {
    expect(shown('cli').filter((m) => PANE_WORDS.test(m))).toEqual([]);
  });

  it('in the task pane never name a flag', () => {
    expect(shown('pane').filter((m) => CLI_WORDS.test(m))).toEqual([]);
  });

  it('without a surface name no way to fix things of either', () => {
    expect(shown().filter((m) => PANE_WORDS.test(m) || CLI_WORDS.test(m))).toEqual([]);
  });

  it('say how to name a missing column and choose the sign, each the way of its surface', () => {
    const missing = anError('missingRole', {}, { role: 'amount' });
    const sign = anError('signGuessed', {}, { sign: 'debit' });
    expect(issueMessage(missing, lang, 'cli')).toContain(lang === 'sv' ? '--column "Rubrik=utfall"' : '--column "Header=actual"');
    expect(issueMessage(missing, lang, 'pane')).toMatch(PANE_WORDS);
    expect(issueMessage(sign, lang, 'cli')).toContain('--sign debit');
    expect(issueMessage(sign, lang, 'pane')).toMatch(PANE_WORDS);
  });
});
