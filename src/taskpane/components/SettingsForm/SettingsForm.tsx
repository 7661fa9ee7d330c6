/** The follow-up's settings: month and period, amounts, sections, parent rows, sign, organisation. */
import type * as React from 'react';
import { Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, SpinButton, Text, useId } from '@fluentui/react-components';
import { periodLabel } from '../../../app/presentation';
import { SCALES, SECTIONS } from '../../sections';
import type { Lang, SignChoice } from '../../strings';
import { useStrings } from '../../useStrings';
import { FiscalStartField } from './FiscalStartField';
import { draftProblems, maxMonths, withFiscalStart, type SettingsDraft } from './settingsDraft';
import { useSettingsFormStyles } from './SettingsForm.styles';
import { useSettingsForm, type OnDraftChange } from './useSettingsForm';

/** Props of SettingsForm. */
export interface SettingsFormProps {
  readonly draft: SettingsDraft;
  readonly lang: Lang;
  /** The ledger's own title, shown as the organisation name's placeholder. */
  readonly ledgerTitle: string | null;
  readonly disabled?: boolean;
  readonly onDraftChange: OnDraftChange;
}

const SIGNS: readonly SignChoice[] = ['auto', 'debit', 'result'];

/** The settings form. */
export function SettingsForm({ draft, lang, ledgerTitle, disabled, onDraftChange }: SettingsFormProps): React.JSX.Element {
  const s = useStrings();
  const styles = useSettingsFormStyles();
  const handlers = useSettingsForm(draft, onDraftChange);
  const problems = draftProblems(draft);
  const sectionsLegendId = useId('sections-legend');
  const sectionsErrorId = useId('sections-error');
  const longest = maxMonths(draft.month, draft.fiscalStart);
  const monthName = s.monthNames[draft.month - 1] ?? '';
  return (
    <div className={styles.root}>
      <div className={styles.period}>
        <Field label={s.year} validationMessage={problems.year ? s.yearInvalid : undefined}>
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
        <Field label={s.month}>
          <Dropdown
            className={styles.fill}
            value={monthName}
            selectedOptions={[String(draft.month)]}
            disabled={disabled}
            onOptionSelect={handlers.onMonthChange}
          >
            {s.monthNames.map((name, i) => (
              <Option key={name} value={String(i + 1)}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field
        label={s.periodLength}
        hint={draft.year === null ? undefined : s.periodPreview(periodLabel(draft.month, draft.months, lang, draft.fiscalStart), draft.year, s.monthNames[draft.fiscalStart - 1] ?? '')}
      >
        <RadioGroup value={String(draft.months)} disabled={disabled} onChange={handlers.onMonthsChange}>
          {([1, 2, 3] as const).map((m) => (
            <Radio key={m} value={String(m)} label={s.periodMonths[m]} disabled={m > longest} />
          ))}
        </RadioGroup>
      </Field>
      <FiscalStartField
        className={styles.fill}
        value={draft.fiscalStart}
        lang={lang}
        disabled={disabled}
        onFiscalStartChange={(event, data) => onDraftChange(event, { draft: withFiscalStart(draft, data.fiscalStart) })}
      />
      <Field label={s.scale}>
        <RadioGroup layout="horizontal" value={draft.scale} disabled={disabled} onChange={handlers.onScaleChange}>
          {SCALES.map((scale) => (
            <Radio key={scale} value={scale} label={s.scales[scale]} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={problems.sections ? sectionsErrorId : undefined}>
        <legend id={sectionsLegendId} className={styles.legend}>
          {s.sectionsLegend}
        </legend>
        {SECTIONS.map((section) => (
          <Checkbox
            key={section}
            label={s.sections[section]}
            checked={draft.sections.includes(section)}
            disabled={disabled}
            onChange={handlers.onSectionChange(section)}
          />
        ))}
        {problems.sections ? (
          <Text id={sectionsErrorId} role="alert" className={styles.error}>
            {s.sectionsNone}
          </Text>
        ) : null}
      </fieldset>
      <Field label={s.parentStyle}>
        <RadioGroup value={draft.parentStyle} disabled={disabled} onChange={handlers.onParentStyleChange}>
          <Radio value="above" label={s.parentStyles.above} />
          <Radio value="below" label={s.parentStyles.below} />
        </RadioGroup>
      </Field>
      <Field label={s.sign}>
        <RadioGroup value={draft.sign} disabled={disabled} onChange={handlers.onSignChange}>
          {SIGNS.map((sign) => (
            <Radio key={sign} value={sign} label={s.signs[sign]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.organisation} hint={s.organisationHint}>
        <Input value={draft.organisation} placeholder={ledgerTitle ?? undefined} disabled={disabled} onChange={handlers.onOrganisationChange} />
      </Field>
    </div>
  );
}
