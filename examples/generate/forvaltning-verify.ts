/**
 * Verify the Förvaltning ledger against seed 000 from the ledger rows alone, with the account
 * groups read from the account sheet's ranges: every figure of "Analys av utfall" and of
 * "Resultatanalys per verksamhetsområde", the prose figures, and that the forecasts made before
 * and after August would show different figures (so picking the wrong one is visible).
 */
import { FORVALTNING_SEPT_2024 } from '../../tests/fixtures/seeds';
import { Checker } from './checker';
import { ORE_PER_TENTH_MNKR, parseShown, roundDiv, shownSteps } from './exact';
import { ACCOUNTS, CATEGORIES, categoryOfAccount, GROUP_NAMES, type Category } from './forvaltning-model';
import { FV_FORECAST_MONTHS, FV_MONTH, FV_YEAR, pathKey, type FvLedgerRow } from './forvaltning';

/** Sums per category of the rows passing `keep`. */
function byCategory(rows: readonly FvLedgerRow[], keep: (r: FvLedgerRow) => boolean): Record<Category, number> {
  const out: Record<Category, number> = { rev: 0, pers: 0, kons: 0, it: 0, hyra: 0, other: 0 };
  for (const r of rows) if (keep(r)) out[categoryOfAccount(r.konto)] += r.amount;
  return out;
}

/** The analysis row an analysis seed label is about: one category, or all costs. */
function rowAmount(label: string, sums: Record<Category, number>): number {
  if (label === 'Verksamhetens intäkter') return sums.rev;
  if (label === 'Verksamhetens kostnader') return sums.pers + sums.kons + sums.it + sums.hyra + sums.other;
  const entry = (Object.entries(GROUP_NAMES) as [Category, string][]).find(([, name]) => name === label);
  if (!entry) throw new Error(`Unknown analysis label ${label}`);
  return sums[entry[0]];
}

/** Whether a row's unit is at or under `path` ([] = all). */
function under(r: FvLedgerRow, path: readonly string[]): boolean {
  return path.every((p, i) => r.path[i] === p);
}

/** YTD deviation (actual − budget) to `month` of FV_YEAR for the rows under `path`. */
function ytdDeviation(rows: readonly FvLedgerRow[], path: readonly string[], month: number): number {
  let d = 0;
  for (const r of rows) {
    if (r.year !== FV_YEAR || r.month > month || !under(r, path)) continue;
    if (r.typ === 'Utfall') d += r.amount;
    else if (r.typ === 'Budget') d -= r.amount;
  }
  return d;
}

/** Verify; throws naming each figure that differs; returns the number of checks. */
export function verifyForvaltningLedger(rows: readonly FvLedgerRow[]): number {
  const check = new Checker('forvaltning-2024 vs forvaltning-sept-2024.txt');
  const mnkr = (ore: number): bigint => shownSteps(ore, ORE_PER_TENTH_MNKR);

  // Every ledger account falls in the category it was made for, per the account sheet.
  for (const c of CATEGORIES) {
    for (const a of ACCOUNTS[c]) check.condition(`Konto ${a.konto} is in ${c}`, categoryOfAccount(a.konto) === c);
  }

  const forecastMonths = rows.filter((r) => r.typ === 'Prognos' && r.year === FV_YEAR && r.month <= FV_MONTH).map((r) => r.month);
  const latest = Math.max(...forecastMonths);
  check.condition('latest forecast at or before September is August', latest === FV_FORECAST_MONTHS.used);
  const is = (typ: FvLedgerRow['typ'], year: number, months: (m: number) => boolean) => (r: FvLedgerRow): boolean =>
    r.typ === typ && r.year === year && months(r.month);
  const ytd = (m: number): boolean => m <= FV_MONTH;
  const actual = byCategory(rows, is('Utfall', FV_YEAR, ytd));
  const budget = byCategory(rows, is('Budget', FV_YEAR, ytd));
  const forecast = byCategory(rows, is('Prognos', FV_YEAR, (m) => m === latest));
  const annual = byCategory(rows, is('Budget', FV_YEAR, () => true));
  const previous = byCategory(rows, is('Utfall', FV_YEAR - 1, ytd));
  const early = byCategory(rows, is('Prognos', FV_YEAR, (m) => m === FV_FORECAST_MONTHS.early));
  const late = byCategory(rows, is('Prognos', FV_YEAR, (m) => m === FV_FORECAST_MONTHS.late));
  const cols = FORVALTNING_SEPT_2024.analysisColumns;
  for (const seedRow of FORVALTNING_SEPT_2024.analysis) {
    const amount = (sums: Record<Category, number>): number => rowAmount(seedRow.label, sums);
    const computed = [
      amount(actual),
      amount(budget),
      amount(actual) - amount(budget),
      amount(forecast),
      amount(annual),
      amount(previous),
    ];
    seedRow.figures.forEach((f, i) => {
      check.figure(`${seedRow.label} / ${cols[i] ?? i}`, parseShown(f, 1), mnkr(computed[i] ?? 0), 1);
    });
    const shownForecast = parseShown(seedRow.figures[3], 1);
    check.condition(`${seedRow.label}: the April forecast shows differently`, mnkr(amount(early)) !== shownForecast);
    check.condition(`${seedRow.label}: the October forecast shows differently`, mnkr(amount(late)) !== shownForecast);
  }

  const rcols = FORVALTNING_SEPT_2024.resultColumns;
  for (const seedRow of FORVALTNING_SEPT_2024.result) {
    if (seedRow.ytdDeviation === null || seedRow.previousMonth === null) continue;
    check.figure(`${seedRow.label} (${pathKey(seedRow.path)}) / ${rcols[0]}`, parseShown(seedRow.ytdDeviation, 1),
      mnkr(ytdDeviation(rows, seedRow.path, FV_MONTH)), 1);
    check.figure(`${seedRow.label} (${pathKey(seedRow.path)}) / ${rcols[1]}`, parseShown(seedRow.previousMonth, 1),
      mnkr(ytdDeviation(rows, seedRow.path, FV_MONTH - 1)), 1);
  }

  // The prose: Utveckling's annual cost budget, its forecast need, Förvaltning's forecast surplus.
  const prose = FORVALTNING_SEPT_2024.prose;
  const inUnit = (r: FvLedgerRow, v: string): boolean => r.path[0] === v;
  const utvAnnualCosts = rows
    .filter((r) => r.typ === 'Budget' && r.year === FV_YEAR && inUnit(r, 'Utveckling') && r.konto >= 4000)
    .reduce((s, r) => s + r.amount, 0);
  check.figure('Prosa / Utvecklings budget för året', parseShown(prose.utvecklingAnnualCostBudget, 1), -mnkr(utvAnnualCosts), 1);
  const forecastDeviation = (v: string): number =>
    rows
      .filter((r) => r.year === FV_YEAR && inUnit(r, v))
      .reduce((s, r) => s + (r.typ === 'Prognos' && r.month === latest ? r.amount : r.typ === 'Budget' ? -r.amount : 0), 0);
  check.figure('Prosa / Utvecklings tillkommande behov', parseShown(prose.utvecklingForecastNeedAbout, 1),
    -mnkr(forecastDeviation('Utveckling')), 1);
  check.figure('Prosa / Förvaltningens prognosöverskott (hela mnkr)', parseShown(prose.forecastSurplusAbout, 0),
    roundDiv(BigInt(forecastDeviation('Förvaltning')), 100_000_000n), 0);

  // Result convention: revenue positive, costs negative; budgets and forecasts whole kronor.
  for (const r of rows) {
    const name = `${r.year}-${r.month} ${pathKey(r.path)} ${r.konto} ${r.typ}`;
    check.condition(`${name} sign`, categoryOfAccount(r.konto) === 'rev' ? r.amount > 0 : r.amount < 0, `${r.amount}`);
    if (r.typ !== 'Utfall') check.condition(`${name} whole kronor`, r.amount % 100 === 0);
  }
  return check.done();
}
