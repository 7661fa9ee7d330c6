/**
 * `followup build` once the ledger is read (see build.ts): compute the follow-up, and write the
 * workbook, the document and/or the JSON report. Nothing is written while input errors remain.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { composeFollowUp } from '../core/compose';
import type { Sheet } from '../core/grid/sheetRows';
import { issueMessage } from '../core/i18n/issues';
import { jsonReport } from '../core/report/json';
import { reportTitle } from '../core/report/words';
import type { LedgerFile } from '../io/ledgerFile';
import { writeFileSafely } from '../io/writeFileSafely';
import type { BuildArgs } from './args';
import type { CliIo } from './build';
import { chosenLayouts } from './columns';
import type { Progress } from './progress';
import { needingRowText, rowsNeedingComment } from '../core/cycle/unexplained';
import { thresholdText } from '../core/cycle/thresholdWords';
import { otherOrganisation, readPrevious } from './previous';
import { joinComments } from '../core/cycle/previousComments';

/** The ledger as build.ts read it. */
export interface ReadLedger {
  readonly opened: LedgerFile;
  readonly sheets: readonly Sheet[];
  readonly progress: Progress;
}

/** Compute and write the follow-up of a ledger read; returns the exit status (as runBuild). */
export async function buildFollowUp(args: BuildArgs, io: CliIo, { opened, sheets, progress }: ReadLedger): Promise<number> {
  const sv = args.lang === 'sv';
  const previous = args.previous === undefined ? null : await readPrevious(args.previous, args.period, args.lang);
  if (previous !== null && !previous.ok) {
    io.stderr(previous.message);
    return 1;
  }
  progress.phase(sv ? 'Beräknar' : 'Computing');
  const layouts = chosenLayouts(sheets, args, io.stderr);
  if (layouts === null) return 2;
  const composed = composeFollowUp(
    sheets,
    {
      period: args.period,
      scale: args.scale,
      lang: args.lang,
      parentStyle: args.parentStyle,
      sections: args.sections,
      explainOver: args.threshold,
      ...(args.reconcileRounding ? { reconcileRounding: true } : {}),
      ...(args.forecastAccuracy ? { forecastAccuracy: true } : {}),
      ...(args.sign ? { sign: args.sign } : {}),
      ...(args.sheet !== undefined ? { ledgerSheet: args.sheet } : {}),
      ...(args.organisation !== undefined ? { organisation: args.organisation } : {}),
      ...(previous ? { previous: previous.previous.period } : {}),
    },
    {
      fallbackOrganisation: path.basename(args.input).replace(/\.[^.]+$/, ''),
      layouts,
      ...(previous ? { comments: joinComments(new Map(), previous.previous.comments), previousSource: previous.source } : {}),
    },
  );
  const issues = composed.analysis.issues;
  const warnings = issues.filter((i) => i.severity === 'warning').map((i) => issueMessage(i, args.lang, 'cli'));
  for (const w of warnings) io.stderr(`${sv ? 'varning' : 'warning'}: ${w}`);
  if (!composed.ok) {
    for (const e of issues.filter((i) => i.severity === 'error')) io.stderr(issueMessage(e, args.lang, 'cli'));
    return 1;
  }
  const { summary } = composed;
  // The sheet model, built only for a workbook or a document (compose builds it when first asked for).
  const report = args.out !== undefined || args.docx !== undefined ? composed.report : null;
  const f = composed.analysis.followUp!;
  const other = previous ? otherOrganisation(previous, f, args.organisation ?? composed.analysis.ledger.title ?? path.basename(args.input), args.lang) : null;
  if (other !== null) {
    io.stderr(other);
    return 1;
  }
  progress.done(`${f.organisation.nodes.length} ${sv ? 'enheter' : 'units'}`);

  try {
    if (args.out !== undefined) {
      progress.phase(sv ? `Skriver ${args.out}` : `Writing ${args.out}`);
      // ExcelJS is loaded only when a workbook is read or written: a CSV run starts ~0.3 s sooner.
      const { writeFollowUpWorkbook } = await import('../xlsx/writeFollowUpWorkbook');
      const written = await writeFollowUpWorkbook(report!, { source: opened.format === 'workbook' ? args.input : null, out: args.out });
      if (!written.ledgerCopied) io.stderr(sv ? `varning: ${args.input}: huvudboksbladen kunde inte kopieras till ${args.out}; uppföljningen skrevs ensam` : `warning: ${args.input}: the ledger sheets could not be copied into ${args.out}; the follow-up was written alone`);
      progress.done(written.sheet);
    }
    if (args.docx !== undefined) {
      progress.phase(sv ? `Skriver ${args.docx}` : `Writing ${args.docx}`);
      // The docx library is loaded only when a document is asked for.
      const { writeReportDocument } = await import('../docx/writeDocument');
      await writeReportDocument(report!, args.docx);
      progress.done(path.basename(args.docx));
    }
    if (args.json !== undefined) {
      const accuracy = composed.forecastAccuracy === undefined ? {} : { forecastAccuracy: composed.forecastAccuracy };
      const carried = previous && composed.carried ? { previous: { period: previous.previous.period, carried: composed.carried } } : {};
      const json = JSON.stringify(jsonReport(f, { lang: args.lang, warnings, summary, threshold: args.threshold, indicators: composed.indicators, ...carried, ...accuracy }), null, 2) + '\n';
      if (args.json === '-') io.stdout(json);
      else await writeFileSafely(args.json, (to) => fs.writeFile(to, json, 'utf8'));
    }
  } catch (e) {
    // A full disk or a locked file is the user's to fix: say which file and why, exit 1.
    const file = e instanceof Error && 'path' in e ? String((e as { path: unknown }).path) : (args.out ?? args.docx ?? args.json ?? '');
    io.stderr(`${file}: ${sv ? 'kan inte skrivas' : 'cannot be written'} (${e instanceof Error ? e.message : String(e)})`);
    return 1;
  }
  if (!args.quiet && args.json !== '-') {
    // The report's title as the report words it (the sheet model may not have been built).
    const title = reportTitle(f.period, composed.organisation, args.lang);
    io.stdout(`${title}\n${'='.repeat(title.length)}\n${summary}\n\n`);
  }
  // The command line has no comments: every row reaching the threshold is unexplained. The list
  // goes with the summary (not with --quiet or --json -, where the JSON's needsComment says it).
  const needing = rowsNeedingComment(f, args.threshold, args.lang);
  if ((!args.quiet && args.json !== '-') || args.requireComments) {
    for (const r of needing) io.stderr(`${sv ? 'kommentar behövs' : 'comment needed'}: ${needingRowText(r, args.threshold, args.scale, args.lang)}`);
  }
  if (args.requireComments && needing.length > 0) {
    const over = thresholdText(args.threshold, args.lang);
    io.stderr(sv ? `${needing.length} avvikelser över ${over} saknar kommentar (--require-comments)` : `${needing.length} deviations over ${over} have no comment (--require-comments)`);
    return 1;
  }
  return 0;
}
