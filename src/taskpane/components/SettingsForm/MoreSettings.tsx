/**
 * "Fler inställningar": the settings most follow-ups keep as they are (the fiscal year's first
 * month, amounts in, parts, parent rows, rounding that adds up, sign), in a collapsed Accordion below the main button.
 */
import type * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Field, Input, Radio, RadioGroup, Text, useId } from '@fluentui/react-components';
import { thresholdErrorText } from '../../../app/presentation';
import { SCALES, SECTIONS } from '../../sections';
import type { Lang, SignChoice } from '../../strings';
import { useStrings } from '../../useStrings';
import { MonthDropdown } from './MonthDropdown';
import { draftProblems, explainOverText, withFiscalStart, type SettingsDraft } from './settingsDraft';
import { useSettingsFormStyles } from './SettingsForm.styles';
import { useSettingsForm, type OnDraftChange } from './useSettingsForm';

/** Props of MoreSettings. */
export interface MoreSettingsProps {
  readonly draft: SettingsDraft;
  readonly lang: Lang;
  readonly disabled?: boolean;
  readonly onDraftChange: OnDraftChange;
}

const SIGNS: readonly SignChoice[] = ['auto', 'debit', 'result'];

/** The other settings, collapsed until asked for; open when one of them has a problem. */
export function MoreSettings({ draft, lang, disabled, onDraftChange }: MoreSettingsProps): React.JSX.Element {
  const s = useStrings();
  const styles = useSettingsFormStyles();
  const handlers = useSettingsForm(draft, onDraftChange);
  const problems = draftProblems(draft);
  const sectionsLegendId = useId('sections-legend');
  const sectionsErrorId = useId('sections-error');
  return (
    <Accordion collapsible defaultOpenItems={problems.sections || problems.explainOver ? ['more'] : []}>
      <AccordionItem value="more">
        <AccordionHeader size="small" className={styles.disclosure}>
          {s.moreSettings}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field label={s.fiscalStart} hint={s.fiscalStartHint}>
            <MonthDropdown
              className={styles.fill}
              month={draft.fiscalStart}
              disabled={disabled}
              onMonthChange={(event, data) => onDraftChange(event, { draft: withFiscalStart(draft, data.month) })}
            />
          </Field>
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
            <Checkbox
              label={s.forecastAccuracy}
              checked={draft.forecastAccuracy ?? false}
              disabled={disabled}
              onChange={(event, data) => onDraftChange(event, { draft: { ...draft, forecastAccuracy: data.checked === true } })}
            />
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
          <Checkbox
            label={s.reconcileRounding}
            checked={draft.reconcileRounding ?? false}
            disabled={disabled}
            onChange={(event, data) => onDraftChange(event, { draft: { ...draft, reconcileRounding: data.checked === true } })}
          />
          <Field
            label={s.explainOver}
            hint={s.explainOverHint}
            validationState={problems.explainOver ? 'error' : 'none'}
            validationMessage={problems.explainOver ? thresholdErrorText(problems.explainOver, lang) : undefined}
          >
            <Input
              value={explainOverText(draft)}
              disabled={disabled}
              onChange={(event, data) => onDraftChange(event, { draft: { ...draft, explainOverText: data.value } })}
            />
          </Field>
          <Field label={s.sign}>
            <RadioGroup value={draft.sign} disabled={disabled} onChange={handlers.onSignChange}>
              {SIGNS.map((sign) => (
                <Radio key={sign} value={sign} label={s.signs[sign]} />
              ))}
            </RadioGroup>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
