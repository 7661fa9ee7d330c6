/**
 * The task pane: the ledger found (column roles on demand), the month, period, organisation and
 * "Skapa uppföljning" on the first screen, the other settings under "Fler inställningar", the
 * result of the last action, and the workbook's follow-ups with refresh buttons.
 */
import type * as React from 'react';
import { lazy, Suspense } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, useId } from '@fluentui/react-components';
import type { AppApi } from '../../../app';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';
import { BuildProgress } from '../BuildProgress/BuildProgress';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { FollowUpList } from '../FollowUpList/FollowUpList';
import { LedgerSheets } from '../LedgerSheets/LedgerSheets';
import { MoreSettings } from '../SettingsForm/MoreSettings';
import { monthText } from '../SettingsForm/periodCheck';
import { SettingsForm } from '../SettingsForm/SettingsForm';
import { DuplicatePrompt } from './DuplicatePrompt';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useTaskPane, type ActionResult } from './useTaskPane';

/** Shown only after a build or refresh: its own chunk, so the first screen loads less (tests/web/bundle.test.ts). */
const OutcomeView = lazy(() => import('../OutcomeView/OutcomeView').then((m) => ({ default: m.OutcomeView })));

/** Props of TaskPane. */
export interface TaskPaneProps {
  readonly api: AppApi;
  readonly lang: Lang;
}

/** The whole pane. */
export function TaskPane({ api, lang }: TaskPaneProps): React.JSX.Element {
  const s = useStrings();
  const styles = useTaskPaneStyles();
  const pane = useTaskPane(api, lang, s);
  const ids = { settings: useId('settings'), result: useId('result'), followUps: useId('follow-ups') };
  const running = pane.activity.kind === 'running';
  const progress = pane.activity.kind === 'running' ? pane.activity : null;

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{s.appTitle}</h1>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {pane.announcement}
      </div>

      {/* The last action's result first: it is what the user looks at next (issue 8: it landed at the pane's bottom edge). */}
      {pane.ribbonNotice.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.ribbonNoticeTitle}</MessageBarTitle>
            {pane.ribbonNotice.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={pane.onRibbonNoticeDismiss}>{s.ribbonNoticeDismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {pane.navigationError ? <ErrorBar error={pane.navigationError} lang={lang} onIssueClick={pane.onIssueClick} /> : null}

      {pane.result ? (
        <section className={styles.section} aria-labelledby={ids.result}>
          <h2 id={ids.result} ref={pane.resultHeadingRef} tabIndex={-1} className={styles.focusHeading}>
            {resultHeading(pane.result, s)}
          </h2>
          <ResultBody result={pane.result} lang={lang} pane={pane} />
        </section>
      ) : null}

      <section className={styles.section} aria-label={s.sourcesHeading}>
        {pane.workbook.kind === 'loading' ? (
          <Field label={s.loadingWorkbook}>
            <ProgressBar />
          </Field>
        ) : pane.workbook.kind === 'failed' ? (
          <>
            <ErrorBar error={pane.workbook.error} lang={lang} onIssueClick={pane.onIssueClick} />
            <Button className={styles.buildButton} onClick={pane.onReloadClick}>
              {s.retry}
            </Button>
          </>
        ) : (
          <LedgerSheets
            layouts={pane.layouts}
            changedSheets={pane.changedSheets}
            disabled={running}
            onColumnRoleChange={pane.onColumnRoleChange}
            onRestoreClick={pane.onRestoreClick}
            onReloadClick={pane.onReloadClick}
            columnsOpen={pane.columnsOpen}
            onColumnsToggle={pane.onColumnsToggle}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby={ids.settings}>
        <h2 id={ids.settings} className={styles.heading}>
          {s.settingsHeading}
        </h2>
        <SettingsForm
          draft={pane.draft}
          lang={lang}
          check={pane.check}
          ledgerTitle={pane.ledgerTitle}
          disabled={running}
          onDraftChange={pane.onDraftChange}
        />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!pane.canBuild} onClick={pane.onBuildClick}>
            {s.build}
          </Button>
          {pane.check.yearError && pane.workbook.kind === 'ready' ? (
            // The ledger may have gained the year since it was read.
            <Button appearance="subtle" onClick={pane.onReloadClick}>
              {s.reloadWorkbook}
            </Button>
          ) : null}
        </div>
        {pane.duplicate && pane.draft.year !== null ? (
          <DuplicatePrompt
            existing={pane.duplicate}
            period={monthText({ year: pane.draft.year, month: pane.draft.month }, s)}
            promptRef={pane.duplicateRef}
            onRefreshExistingClick={pane.onRefreshExistingClick}
            onBuildAnotherClick={pane.onBuildAnotherClick}
          />
        ) : null}
        {progress?.action === 'build' ? <BuildProgress progress={progress.progress} /> : null}
        <MoreSettings draft={pane.draft} lang={lang} disabled={running} onDraftChange={pane.onDraftChange} />
      </section>

      <section className={styles.section} aria-labelledby={ids.followUps}>
        <h2 id={ids.followUps} className={styles.heading}>
          {s.followUpsHeading}
        </h2>
        <FollowUpList
          entries={pane.followUps}
          lang={lang}
          disabled={running || pane.locking}
          onRefreshClick={pane.onRefreshClick}
          onNextMonthClick={pane.onNextMonthClick}
          onGoToSheetClick={pane.onGoToSheetClick}
          onRowsBehindClick={pane.onRowsBehindClick}
          onLockClick={pane.onLockClick}
          lockNotice={pane.lockNotice}
        />
        {progress?.action === 'refresh' || progress?.action === 'nextMonth' ? <BuildProgress progress={progress.progress} /> : null}
      </section>
    </main>
  );
}

function resultHeading(result: ActionResult, s: ReturnType<typeof useStrings>): string {
  switch (result.kind) {
    case 'built':
      return s.resultHeading.built;
    case 'buildFailed':
      return s.resultHeading.failed;
    case 'refreshed':
      return result.outcomes.some((o) => o.result.ok) ? s.resultHeading.refreshed : s.resultHeading.refreshFailed;
    case 'refreshFailed':
      return s.resultHeading.refreshFailed;
  }
}

interface ResultBodyProps {
  readonly result: ActionResult;
  readonly lang: Lang;
  readonly pane: ReturnType<typeof useTaskPane>;
}

/** The body of the result section: one outcome, several (refresh), or an error. */
function ResultBody({ result, lang, pane }: ResultBodyProps): React.JSX.Element {
  const s = useStrings();
  const styles = useTaskPaneStyles();
  switch (result.kind) {
    case 'built':
      return (
        <Suspense fallback={null}>
          <OutcomeView outcome={result.outcome} intro={s.builtSheet(result.outcome.sheetName)} onGoToSheetClick={pane.onGoToSheetClick} onCommentClick={pane.onIssueClick} />
        </Suspense>
      );
    case 'buildFailed':
    case 'refreshFailed':
      return <ErrorBar error={result.error} lang={lang} columnHeader={pane.columnHeader} onIssueClick={pane.onIssueClick} />;
    case 'refreshed':
      return (
        <>
          {result.outcomes.map((o, i) => (
            <section key={`${o.sheetName}-${i}`} className={styles.outcome} aria-label={o.sheetName}>
              {result.outcomes.length > 1 ? <h3 className={styles.subheading}>{o.sheetName}</h3> : null}
              {o.result.ok ? (
                <Suspense fallback={null}>
                  <OutcomeView outcome={o.result.value} intro={s.refreshedSheet(o.sheetName)} onGoToSheetClick={pane.onGoToSheetClick} onCommentClick={pane.onIssueClick} />
                </Suspense>
              ) : (
                <ErrorBar error={o.result.error} lang={lang} columnHeader={pane.columnHeader} onIssueClick={pane.onIssueClick} />
              )}
            </section>
          ))}
        </>
      );
  }
}
