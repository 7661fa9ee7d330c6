/**
 * The rows of a follow-up whose deviation needs a comment and has none, each a link to its comment
 * cell. Built from the outcome's report, so it is as fresh as the last Build or Refresh.
 */
import type * as React from 'react';
import { Link, Text } from '@fluentui/react-components';
import type { UnexplainedComment } from '../../../app/presentation';
import { useStrings } from '../../useStrings';
import { useOutcomeViewStyles } from './OutcomeView.styles';

/** Data of a click on a row: the comment cell to select. */
export interface CommentClickData {
  readonly address: string;
}

/** Props of UnexplainedList. */
export interface UnexplainedListProps {
  readonly rows: readonly UnexplainedComment[];
  readonly onCommentClick: (event: React.MouseEvent<HTMLElement>, data: CommentClickData) => void;
}

/** The list, or nothing when every row that needs a comment has one. */
export function UnexplainedList({ rows, onCommentClick }: UnexplainedListProps): React.JSX.Element | null {
  const s = useStrings();
  const styles = useOutcomeViewStyles();
  if (rows.length === 0) return null;
  return (
    <section aria-label={s.unexplainedTitle(rows.length)}>
      <Text weight="semibold">{s.unexplainedTitle(rows.length)}</Text>
      <ul className={styles.list}>
        {rows.map((r) => (
          <li key={r.address}>
            <Link as="button" inline aria-label={s.goToComment(r.label)} onClick={(event) => onCommentClick(event, { address: r.address })}>
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
