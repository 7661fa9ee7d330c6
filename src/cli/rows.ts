/**
 * `followup rows`: the ledger rows behind one figure of the follow-up (a unit's, a parent's, the
 * total's, or an account line's), as an aligned table or as CSV. Exit 0 done, 1 input errors,
 * 2 a unit, group or column that names nothing (the choices are listed).
 */
import { analyseWorkbook } from '../core/engine';
import { drillLines, type DrillLine } from '../core/drilldown/lines';
import { rowsBehind, type DrillDown } from '../core/drilldown/rowsBehind';
import { drillWords } from '../core/drilldown/words';
import type { Sheet } from '../core/grid/sheetRows';
import { issueMessage } from '../core/i18n/issues';
import type { Ledger } from '../core/ledger/ledger';
import { formatPlainNumber, moneyToKronorString, type Lang, type Money } from '../core/money';
import { isoMonth } from '../core/period/month';
import { asFileProblem } from '../io/fileProblem';
import { fileProblemMessage } from '../io/fileProblemText';
import { inspectLedgerFile } from '../io/ledgerFile';
import type { CliIo } from './build';
import { chosenLayouts } from './columns';
import { readLedgerSheets } from './readLedgerFile';
import type { RowsArgs } from './rowsArgs';
import { seeHelp, usageMessage } from './usage';

/** Run `followup rows`; returns the exit status. */
export async function runRows(args: RowsArgs, io: CliIo): Promise<number> {
  let sheets: Sheet[];
  try {
    sheets = await readLedgerSheets(args.input, await inspectLedgerFile(args.input));
  } catch (e) {
    io.stderr(fileProblemMessage(asFileProblem(e), args.input, args.lang));
    return 1;
  }
  const layouts = chosenLayouts(sheets, args, io.stderr);
  if (layouts === null) return 2;
  const analysis = analyseWorkbook(sheets, {
    period: args.period,
    lang: args.lang,
    layouts,
    ...(args.sign ? { sign: args.sign } : {}),
    ...(args.sheet !== undefined ? { ledgerSheet: args.sheet } : {}),
  });
  const errors = analysis.issues.filter((i) => i.severity === 'error');
  for (const e of errors) io.stderr(issueMessage(e, args.lang, 'cli'));
  if (analysis.followUp === null || errors.length > 0) return 1;
  const drill = rowsBehind({ ...analysis, followUp: analysis.followUp }, { path: args.unit, figure: args.figure, ...(args.group !== undefined ? { group: args.group } : {}) });
  if ('problem' in drill) {
    const error = drill.problem === 'unknownUnit' ? { code: 'unknownUnit' as const, unit: args.unit.join(' / '), choices: drill.choices } : { code: 'unknownGroup' as const, group: args.group ?? '', choices: drill.choices };
    io.stderr(`followup: ${usageMessage(error, args.lang)}`);
    io.stderr(seeHelp(args.lang));
    return 2;
  }
  if (args.csv) printCsv(analysis.ledger, drill, io);
  else printTable(analysis.ledger, drill, args, io);
  return 0;
}

/** Amounts in kronor to the öre, in the language's style: exact, as the ledger has them. */
function kronor(m: Money, lang: Lang): string {
  return formatPlainNumber(moneyToKronorString(m), lang);
}

/** A line's cells: sheet, cell, period, unit, account, kind, amount. */
function cellsOf(line: DrillLine, lang: Lang): readonly string[] {
  const w = drillWords(lang);
  switch (line.kind) {
    case 'part':
      return [w.figures[line.figure], '', '', '', '', '', ''];
    case 'row': {
      const r = line.row;
      return [r.sheet, r.cell, isoMonth(r.period), r.unit.join(' / '), r.account ?? '', w.kinds[r.kind], kronor(r.amount, lang)];
    }
    case 'groupSum':
      return ['', '', '', w.sum(line.unit.join(' / ')), line.account ?? '', '', kronor(line.total, lang)];
    case 'partSum':
      return ['', '', '', w.sum(w.figures[line.figure].toLowerCase()), '', '', kronor(line.total, lang)];
    case 'total':
      return [w.total, '', '', '', '', '', line.total === null ? '–' : kronor(line.total, lang)];
  }
}

/** Lines are written in chunks: a million rows are not one string. */
const CHUNK = 5000;

function printTable(ledger: Ledger, drill: DrillDown, args: RowsArgs, io: CliIo): void {
  const w = drillWords(args.lang);
  const title = w.title(w.figures[drill.figure], args.unit.length === 0 ? w.allUnits : args.unit.join(' / ')) + (args.group ? ` (${args.group})` : '');
  // Two passes over the lazy lines: widths first, then the text.
  const widths = w.headers.map((h) => h.length);
  for (const line of drillLines(ledger, drill)) cellsOf(line, args.lang).forEach((c, i) => (widths[i] = Math.max(widths[i]!, c.length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  let out = `${title}\n\n${format(w.headers)}\n${widths.map((n) => '-'.repeat(n)).join('  ')}\n`;
  let n = 0;
  for (const line of drillLines(ledger, drill)) {
    if (line.kind === 'total' || line.kind === 'part') out += '\n';
    out += `${format(cellsOf(line, args.lang))}\n`;
    if (++n % CHUNK === 0) {
      io.stdout(out);
      out = '';
    }
  }
  if (drill.parts.every((p) => p.rowCount === 0)) out += `\n${w.noRows}\n`;
  io.stdout(out);
}

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line per ledger row, amounts in kronor with a decimal point: for a program or a spreadsheet to read. */
function printCsv(ledger: Ledger, drill: DrillDown, io: CliIo): void {
  let out = 'figure,sheet,cell,row,period,unit,account,kind,amount\n';
  let n = 0;
  for (const line of drillLines(ledger, drill)) {
    if (line.kind !== 'row') continue;
    const r = line.row;
    out += [line.part, r.sheet, r.cell, String(r.row), isoMonth(r.period), r.unit.join(' / '), r.account ?? '', r.kind, moneyToKronorString(r.amount)].map(csvField).join(',') + '\n';
    if (++n % CHUNK === 0) {
      io.stdout(out);
      out = '';
    }
  }
  io.stdout(out);
}
