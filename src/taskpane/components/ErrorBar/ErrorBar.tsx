/**
 * An AppError in the user's language, in an error MessageBar. Input errors list their issues
 * grouped by sheet, column and kind, with cell ranges; each group is a link that selects its first
 * cell in Excel.
 */
import type * as React from 'react';
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { AppError } from '../../../app/errors';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';
import { issueLines, type ColumnHeader } from './issueGroups';

/** Data of an issue link click. */
export interface IssueClickData {
  /** The sheet-qualified cell ("Huvudbok!E40"). */
  readonly address: string;
}

/** Props of ErrorBar. */
export interface ErrorBarProps {
  readonly error: AppError;
  readonly lang: Lang;
  /** Names a column by its header; none known when absent. */
  readonly columnHeader?: ColumnHeader;
  readonly onIssueClick: (event: React.MouseEvent<HTMLElement>, data: IssueClickData) => void;
}

const useStyles = makeStyles({
  // No bullets: a link is a button, and a button's bullet sits at its last line when it wraps.
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, padding: 0, listStyleType: 'none' },
  // Long sheet names and cell lists wrap inside the pane.
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  link: { textAlign: 'start' },
});

const noHeader: ColumnHeader = () => null;

/** An error with its lines; issue lines link to their cells. */
export function ErrorBar({ error, lang, columnHeader = noHeader, onIssueClick }: ErrorBarProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const lines = issueLines(error, lang, s, columnHeader);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error.kind === 'input' ? s.inputErrorsTitle : s.errorTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map(({ text, address }, i) => (
            <li key={i} className={styles.item}>
              {address === null ? (
                text
              ) : (
                <Link as="button" inline className={styles.link} onClick={(event) => onIssueClick(event, { address })}>
                  {text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
