/** The progress of a build or refresh: a bar labelled with the phase ("Läser huvudboken…"). */
import type * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../../app';
import { useStrings } from '../../useStrings';

/** Props of BuildProgress. */
export interface BuildProgressProps {
  /** null before the first report: the bar runs without a fraction. */
  readonly progress: Progress | null;
}

/** A labelled progress bar. */
export function BuildProgress({ progress }: BuildProgressProps): React.JSX.Element {
  const s = useStrings();
  const label = s.phases[progress?.phase ?? 'reading'];
  return (
    <Field label={label}>
      <ProgressBar value={progress?.fraction} max={1} thickness="large" />
    </Field>
  );
}
