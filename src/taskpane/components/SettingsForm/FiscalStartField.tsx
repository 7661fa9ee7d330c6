/** The settings form's one fiscal-year field: the month the fiscal year starts in (January by default). */
import type * as React from 'react';
import { Dropdown, Field, Option, type OptionOnSelectData, type SelectionEvents } from '@fluentui/react-components';
import type { Lang } from '../../strings';
import { useStrings } from '../../useStrings';

/** Props of FiscalStartField. */
export interface FiscalStartFieldProps {
  /** The first month, 1–12. */
  readonly value: number;
  readonly lang: Lang;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly onFiscalStartChange: (event: SelectionEvents, data: { readonly fiscalStart: number }) => void;
}

const WORDS: Readonly<Record<Lang, { readonly label: string; readonly hint: string }>> = {
  sv: { label: 'Räkenskapsåret börjar', hint: 'Januari för kalenderår; april eller juli för brutet räkenskapsår. Huvudbokens räkenskapsår används när den anger ett.' },
  en: { label: 'Fiscal year starts', hint: 'January for a calendar year; April or July for a fiscal year. The ledger’s fiscal year is used when it gives one.' },
};

/** A month dropdown for the fiscal year's first month. */
export function FiscalStartField({ value, lang, disabled, className, onFiscalStartChange }: FiscalStartFieldProps): React.JSX.Element {
  const s = useStrings();
  const words = WORDS[lang];
  const onOptionSelect = (event: SelectionEvents, data: OptionOnSelectData): void => {
    const fiscalStart = Number(data.optionValue);
    if (Number.isInteger(fiscalStart) && fiscalStart >= 1 && fiscalStart <= 12) onFiscalStartChange(event, { fiscalStart });
  };
  return (
    <Field label={words.label} hint={words.hint}>
      <Dropdown className={className} value={s.monthNames[value - 1] ?? ''} selectedOptions={[String(value)]} disabled={disabled} onOptionSelect={onOptionSelect}>
        {s.monthNames.map((name, i) => (
          <Option key={name} value={String(i + 1)}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
