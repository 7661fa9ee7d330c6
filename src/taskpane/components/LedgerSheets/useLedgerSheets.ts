/** The ledger sheets' state: whether the column editor ("Ändra kolumner") is open. */
import { useCallback, useState } from 'react';
import type { AccordionToggleData, AccordionToggleEvent } from '@fluentui/react-components';

/** Open state of the column editor. */
export function useLedgerSheets() {
  const [open, setOpen] = useState(false);
  const onToggle = useCallback((_event: AccordionToggleEvent, data: AccordionToggleData<string>): void => setOpen(data.openItems.includes('columns')), []);
  return { open, onToggle };
}
