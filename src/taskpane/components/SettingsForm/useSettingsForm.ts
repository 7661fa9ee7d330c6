/** The settings form's handlers: each turns a control's change into a new draft. */
import { useMemo } from 'react';
import type {
  CheckboxOnChangeData,
  InputOnChangeData,
  RadioGroupOnChangeData,
  SelectionEvents,
  SpinButtonChangeEvent,
  SpinButtonOnChangeData,
} from '@fluentui/react-components';
import type * as React from 'react';
import type { SectionName } from '../../../app/presentation';
import { isScaleName } from '../../sections';
import type { SignChoice } from '../../strings';
import { parseYear, withMonth, withSection, type PeriodMonths, type SettingsDraft } from './settingsDraft';

/** Data of a draft change. */
export interface DraftChangeData {
  readonly draft: SettingsDraft;
}

/** Any of the form's control events. */
export type DraftChangeEvent = React.SyntheticEvent | SelectionEvents | SpinButtonChangeEvent;

/** The handler a form reports its changes to. */
export type OnDraftChange = (event: DraftChangeEvent, data: DraftChangeData) => void;

const SIGNS: readonly SignChoice[] = ['auto', 'debit', 'result'];

/** One handler per control. */
export function useSettingsForm(draft: SettingsDraft, onDraftChange: OnDraftChange) {
  return useMemo(() => {
    const change = (event: DraftChangeEvent, next: SettingsDraft): void => onDraftChange(event, { draft: next });
    return {
      onYearChange: (event: SpinButtonChangeEvent, data: SpinButtonOnChangeData): void => {
        // Arrows and Enter give a value; typing gives only the text so far.
        const year = data.value !== undefined ? (data.value ?? null) : parseYear(data.displayValue ?? '');
        change(event, { ...draft, year });
      },
      onMonthChange: (event: SelectionEvents, data: { readonly month: number }): void => {
        change(event, withMonth(draft, data.month));
      },
      onMonthsChange: (event: React.FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => {
        const months = Number(data.value);
        if (months === 1 || months === 2 || months === 3) change(event, { ...draft, months: months as PeriodMonths });
      },
      onScaleChange: (event: React.FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => {
        if (isScaleName(data.value)) change(event, { ...draft, scale: data.value });
      },
      onSectionChange: (section: SectionName) => (event: React.ChangeEvent<HTMLInputElement>, data: CheckboxOnChangeData): void => {
        change(event, withSection(draft, section, data.checked === true));
      },
      onParentStyleChange: (event: React.FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => {
        if (data.value === 'above' || data.value === 'below') change(event, { ...draft, parentStyle: data.value });
      },
      onSignChange: (event: React.FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => {
        const sign = SIGNS.find((x) => x === data.value);
        if (sign) change(event, { ...draft, sign });
      },
      onOrganisationChange: (event: React.ChangeEvent<HTMLInputElement>, data: InputOnChangeData): void => {
        change(event, { ...draft, organisation: data.value });
      },
    };
  }, [draft, onDraftChange]);
}
