/**
 * The follow-up's first settings: year and month (checked against the ledger's months), period
 * length and the organisation's name. Everything else waits under "Fler inställningar"
 * (MoreSettings), so the main button is on the pane's first screen.
 */
import type * as React from 'react';
import { Field, Input, Radio, RadioGroup, SpinButton } from '@fluentui/react-components';
import { periodLabel } from '../../../app/presentation';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';
import { MonthDropdown } from './MonthDropdown';
import type { PeriodCheck } from './periodCheck';
import { draftProblems, maxMonths, type SettingsDraft } from './settingsDraft';
import { useSettingsFormStyles } from './SettingsForm.styles';
import { useSettingsForm, type OnDraftChange } from './useSettingsForm';

/** Props of SettingsForm. */
export interface SettingsFormProps {
  readonly draft: SettingsDraft;
  readonly lang: Lang;
  /** The period against the ledger's months. */
  readonly check: PeriodCheck;
  /** The ledger's own title, shown as the organisation name's placeholder. */
  readonly ledgerTitle: string | null;
  readonly disabled?: boolean;
  readonly onDraftChange: OnDraftChange;
}

/** The settings form's first fields. */
export function SettingsForm({ draft, lang, check, ledgerTitle, disabled, onDraftChange }: SettingsFormProps): React.JSX.Element {
  const s = useStrings();
  const styles = useSettingsFormStyles();
  const handlers = useSettingsForm(draft, onDraftChange);
  const problems = draftProblems(draft);
  const longest = maxMonths(draft.month, draft.fiscalStart);
  const yearMessage = problems.year ? s.yearInvalid : check.yearError;
  return (
    <div className={styles.root}>
      <div className={styles.period}>
        <Field label={s.year} validationMessage={yearMessage ?? undefined} validationState={yearMessage ? 'error' : 'none'}>
          <SpinButton
            className={styles.fill}
            value={draft.year}
            displayValue={draft.year === null ? '' : String(draft.year)}
            min={1900}
            max={2100}
            disabled={disabled}
            onChange={handlers.onYearChange}
          />
        </Field>
        <Field
          label={s.month}
          validationMessage={check.monthWarning ?? check.hint ?? undefined}
          validationState={check.monthWarning ? 'warning' : 'none'}
        >
          <MonthDropdown className={styles.fill} month={draft.month} disabled={disabled} onMonthChange={handlers.onMonthChange} />
        </Field>
      </div>
      <Field label={s.periodLength} hint={
          draft.year === null
            ? undefined
            : s.periodPreview(periodLabel(draft.month, draft.months, lang, draft.fiscalStart), draft.year, s.monthNames[draft.fiscalStart - 1] ?? '')
        }>
        <RadioGroup value={String(draft.months)} disabled={disabled} onChange={handlers.onMonthsChange}>
          {([1, 2, 3] as const).map((m) => (
            <Radio key={m} value={String(m)} label={s.periodMonths[m]} disabled={m > longest} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.organisation} hint={s.organisationHint}>
        <Input value={draft.organisation} placeholder={ledgerTitle ?? undefined} disabled={disabled} onChange={handlers.onOrganisationChange} />
      </Field>
    </div>
  );
}
