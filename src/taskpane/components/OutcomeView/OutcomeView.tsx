/**
 * A follow-up written: which sheet, the summary text (selectable), buttons to copy the text, the
 * unit table, the key figures and the account analysis for a committee document, each on its own,
 * and to go to the sheet, and the warnings to check.
 */
import type * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { BuildOutcome } from '../../../app';
import { useStrings } from '../../useStrings';
import { useOutcomeViewStyles } from './OutcomeView.styles';
import { useOutcomeView } from './useOutcomeView';
import { UnexplainedList, type CommentClickData } from './UnexplainedList';
import { unexplainedComments } from '../../../app/presentation';

/** Data of a go-to-sheet click. */
export interface GoToSheetData {
  readonly sheetId: string;
}

/** Props of OutcomeView. */
export interface OutcomeViewProps {
  readonly outcome: BuildOutcome;
  /** What happened, in a sentence ("Bladet ”Uppföljning 2025-07” är skapat."). */
  readonly intro: string;
  readonly onGoToSheetClick: (event: React.MouseEvent<HTMLButtonElement>, data: GoToSheetData) => void;
  /** Select a comment cell of a row that needs a comment; the list is left out without it. */
  readonly onCommentClick?: (event: React.MouseEvent<HTMLElement>, data: CommentClickData) => void;
}

/** One follow-up's result. */
export function OutcomeView({ outcome, intro, onGoToSheetClick, onCommentClick }: OutcomeViewProps): React.JSX.Element {
  const s = useStrings();
  const styles = useOutcomeViewStyles();
  const view = useOutcomeView(outcome);
  const statusText = {
    idle: '',
    copiedText: s.copiedText,
    copiedTable: s.copiedTable,
    failed: s.copyFailed,
  }[view.status];
  return (
    <div className={styles.root}>
      <Text>{intro}</Text>
      <Field label={s.summaryLabel}>
        <Textarea className={styles.summary} value={outcome.summary} readOnly resize="vertical" rows={8} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void view.onCopyTextClick()}>{s.copyText}</Button>
        {view.tables.map((kind) => (
          <Button key={kind} onClick={() => void view.onCopyTableClick(kind)}>
            {s.copyTables[kind]}
          </Button>
        ))}
        <Button onClick={(event) => onGoToSheetClick(event, { sheetId: outcome.sheetId })}>{s.goToSheet}</Button>
      </div>
      {onCommentClick ? <UnexplainedList rows={unexplainedComments(outcome.report, outcome.sheetName)} onCommentClick={onCommentClick} /> : null}
      <Text role="status" aria-live="polite" className={styles.status}>
        {statusText}
      </Text>
      {outcome.warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.warningsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
