/** The workbook's follow-ups with name and period, a refresh and a next-month button each, and "refresh all". */
import type * as React from 'react';
import { Button, Link, Text, useId } from '@fluentui/react-components';
import { periodLabel } from '../../../app/presentation';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';
import type { FollowUpEntry } from './followUpEntries';
import { useFollowUpListStyles } from './FollowUpList.styles';

/** Data of a refresh click: the follow-ups' sheet ids, or every follow-up. */
export interface RefreshClickData {
  readonly sheetIds: readonly string[] | 'all';
}

/** Props of FollowUpList. */
export interface FollowUpListProps {
  readonly entries: readonly FollowUpEntry[];
  readonly lang: Lang;
  readonly disabled?: boolean;
  readonly onRefreshClick: (event: React.MouseEvent<HTMLButtonElement>, data: RefreshClickData) => void;
  /** Nästa månad: the follow-up of the period after this one, with its comments carried. */
  readonly onNextMonthClick: (event: React.MouseEvent<HTMLButtonElement>, data: { readonly sheetId: string }) => void;
  readonly onGoToSheetClick: (event: React.MouseEvent<HTMLElement>, data: { readonly sheetId: string }) => void;
  /** Lås månaden for one follow-up. */
  readonly onLockClick: (event: React.MouseEvent<HTMLButtonElement>, data: { readonly sheetId: string }) => void;
  /** What the last lock did ("… är låst 2025-07-31 14:02 …"); empty when none. */
  readonly lockNotice?: string;
  readonly onRowsBehindClick: (event: React.MouseEvent<HTMLButtonElement>) => void;
}

/** The list of follow-ups. */
export function FollowUpList({ entries, lang, disabled, onRefreshClick, onNextMonthClick, onGoToSheetClick, onRowsBehindClick, onLockClick, lockNotice }: FollowUpListProps): React.JSX.Element {
  const s = useStrings();
  const styles = useFollowUpListStyles();
  const hintId = useId('rows-behind-hint');
  if (entries.length === 0) return <Text>{s.noFollowUps}</Text>;
  return (
    <div className={styles.root}>
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={e.id} className={styles.item}>
            <span className={styles.name}>
              <Link as="button" aria-label={s.goToNamed(e.name)} onClick={(event) => onGoToSheetClick(event, { sheetId: e.id })}>
                {e.name}
              </Link>
              <Text size={200} className={styles.period}>
                {`${periodLabel(e.period.month, e.period.months, lang, e.period.fiscalStart)} ${e.period.year}`}
              </Text>
              {e.lock ? (
                <Text size={200} className={e.lock.readable ? styles.period : styles.lockBroken}>
                  {e.lock.readable && e.lock.at !== null ? s.lockedAt(e.lock.at) : s.lockUnreadable(e.lock.at)}
                </Text>
              ) : null}
            </span>
            <span className={styles.actions}>
              <Button size="small" aria-label={s.refreshNamed(e.name)} disabled={disabled} onClick={(event) => onRefreshClick(event, { sheetIds: [e.id] })}>
                {s.refresh}
              </Button>
              <Button size="small" aria-label={s.nextMonthNamed(e.name)} disabled={disabled} onClick={(event) => onNextMonthClick(event, { sheetId: e.id })}>
                {s.nextMonth}
              </Button>
              <Button size="small" appearance="subtle" aria-label={s.lockNamed(e.name)} disabled={disabled} onClick={(event) => onLockClick(event, { sheetId: e.id })}>
                {s.lock}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {lockNotice ? (
        // Not a live region of its own: the pane's announcement says it to a screen reader once.
        <Text size={200}>
          {lockNotice}
        </Text>
      ) : null}
      <Button className={styles.all} disabled={disabled} onClick={(event) => onRefreshClick(event, { sheetIds: 'all' })}>
        {s.refreshAll}
      </Button>
      <div className={styles.rowsBehind}>
        <Button className={styles.all} disabled={disabled} aria-describedby={hintId} onClick={onRowsBehindClick}>
          {s.rowsBehind}
        </Button>
        <Text id={hintId} size={200} className={styles.period}>
          {s.rowsBehindHint}
        </Text>
      </div>
    </div>
  );
}
