/**
 * Asked when the chosen month already has a follow-up: refresh that one, or make another. Building
 * the same month twice used to make "Uppföljning 2025-07 (2)" without a word (issue 8).
 */
import type * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../../useStrings';
import type { FollowUpEntry } from '../FollowUpList/followUpEntries';

/** Props of DuplicatePrompt. */
export interface DuplicatePromptProps {
  readonly existing: FollowUpEntry;
  /** "juli 2025". */
  readonly period: string;
  readonly promptRef: React.Ref<HTMLDivElement>;
  readonly onRefreshExistingClick: (event: React.MouseEvent<HTMLButtonElement>) => void;
  readonly onBuildAnotherClick: (event: React.MouseEvent<HTMLButtonElement>) => void;
}

/** The question, as a warning bar with its two answers. */
export function DuplicatePrompt({ existing, period, promptRef, onRefreshExistingClick, onBuildAnotherClick }: DuplicatePromptProps): React.JSX.Element {
  const s = useStrings();
  return (
    <MessageBar ref={promptRef} tabIndex={-1} intent="warning" layout="multiline" role="alertdialog" aria-label={s.duplicateTitle(period)}>
      <MessageBarBody>
        <MessageBarTitle>{s.duplicateTitle(period)}</MessageBarTitle> {s.duplicateBody(existing.name)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onRefreshExistingClick}>
          {s.refreshExisting}
        </Button>
        <Button size="small" onClick={onBuildAnotherClick}>
          {s.buildAnother}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
