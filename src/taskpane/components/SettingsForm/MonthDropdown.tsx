/** A dropdown of the twelve months by name: the follow-up's month and the fiscal year's first month. */
import type * as React from 'react';
import { Dropdown, Option, type OptionOnSelectData, type SelectionEvents } from '@fluentui/react-components';
import { useStrings } from '../../useStrings';

/** Props of MonthDropdown. */
export interface MonthDropdownProps {
  /** The chosen month, 1–12. */
  readonly month: number;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly onMonthChange: (event: SelectionEvents, data: { readonly month: number }) => void;
}

/** The months in the pane's language; reports only a real month (1–12). */
export function MonthDropdown({ month, disabled, className, onMonthChange }: MonthDropdownProps): React.JSX.Element {
  const s = useStrings();
  const onOptionSelect = (event: SelectionEvents, data: OptionOnSelectData): void => {
    const chosen = Number(data.optionValue);
    if (Number.isInteger(chosen) && chosen >= 1 && chosen <= 12) onMonthChange(event, { month: chosen });
  };
  return (
    <Dropdown className={className} value={s.monthNames[month - 1] ?? ''} selectedOptions={[String(month)]} disabled={disabled} onOptionSelect={onOptionSelect}>
      {s.monthNames.map((name, i) => (
        <Option key={name} value={String(i + 1)}>
          {name}
        </Option>
      ))}
    </Dropdown>
  );
}
