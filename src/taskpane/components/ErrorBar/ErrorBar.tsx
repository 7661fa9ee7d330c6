/**
 * An AppError in the user's language, in an error MessageBar. Input errors list their issues;
 * each issue with a cell is a link that selects that cell in Excel.
 */
import type * as React from 'react';
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { errorMessages, type AppError } from '../../../app/errors';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';

/** Lines shown before "… and N more": enough to fix a pattern, few enough to read. */
const MAX_LINES = 30;

/** Data of an issue link click. */
export interface IssueClickData {
  /** The sheet-qualified cell ("Huvudbok!E40"). */
  readonly address: string;
}

/** Props of ErrorBar. */
export interface ErrorBarProps {
  readonly error: AppError;
  readonly lang: Lang;
  readonly onIssueClick: (event: React.MouseEvent<HTMLElement>, data: IssueClickData) => void;
}

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/** One message line and, for an issue with a cell, that cell. */
interface Line {
  readonly text: string;
  readonly address: string | null;
}

/** The lines of an error: errorMessages' lines, paired with the cells of input issues. */
function linesOf(error: AppError, lang: Lang): Line[] {
  const texts = errorMessages(error, lang);
  // errorMessages lists an input error's error-severity issues in order, one line each.
  const issues = error.kind === 'input' ? error.issues.filter((i) => i.severity === 'error') : [];
  const paired = issues.length === texts.length;
  return texts.map((text, i) => ({ text, address: paired ? (issues[i]?.address ?? null) : null }));
}

/** An error with its lines; issue lines link to their cells. */
export function ErrorBar({ error, lang, onIssueClick }: ErrorBarProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const lines = linesOf(error, lang);
  const shown = lines.slice(0, MAX_LINES);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error.kind === 'input' ? s.inputErrorsTitle : s.errorTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {shown.map(({ text, address }, i) => (
            <li key={i} className={styles.item}>
              {address === null ? (
                text
              ) : (
                <Link as="button" inline onClick={(event) => onIssueClick(event, { address })}>
                  {text}
                </Link>
              )}
            </li>
          ))}
          {lines.length > shown.length ? <li className={styles.item}>{s.moreIssues(lines.length - shown.length)}</li> : null}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
