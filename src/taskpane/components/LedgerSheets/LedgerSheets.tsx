/**
 * The ledger found, in one line per ledger sheet (sheet, columns read, organisation levels), with
 * the column roles behind "Ändra kolumner": most users never need them, so they no longer stand
 * between the pane's top and its main button. Or a plain message when there is no ledger.
 */
import type * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  useId,
  type AccordionToggleData,
  type AccordionToggleEvent,
  type SelectionEvents,
} from '@fluentui/react-components';
import type { Role, SheetLayout } from '../../../app/presentation';
import { useStrings } from '../../useStrings';
import { columnsRead, organisationLevels } from './layouts';
import { LedgerColumns } from './LedgerColumns';
import { useLedgerSheetsStyles } from './LedgerSheets.styles';

/** Data of a role change. */
export interface ColumnRoleChangeData {
  readonly sheet: string;
  readonly column: number;
  readonly role: Role;
}

/** Props of LedgerSheets. */
export interface LedgerSheetsProps {
  /** Every sheet's layout as the user has it now (corrections applied). */
  readonly layouts: readonly SheetLayout[];
  /** Sheets whose roles the user has corrected. */
  readonly changedSheets: ReadonlySet<string>;
  readonly disabled?: boolean;
  readonly onColumnRoleChange: (event: SelectionEvents, data: ColumnRoleChangeData) => void;
  readonly onRestoreClick: (event: React.MouseEvent<HTMLButtonElement>, data: { readonly sheet: string }) => void;
  readonly onReloadClick: (event: React.MouseEvent<HTMLButtonElement>) => void;
  /** Whether "Ändra kolumner" is open (kept by the pane, so reading the workbook again keeps it). */
  readonly columnsOpen: boolean;
  readonly onColumnsToggle: (event: AccordionToggleEvent, data: { readonly open: boolean }) => void;
}

/** The ledger in a line, and the column roles on demand. */
export function LedgerSheets(props: LedgerSheetsProps): React.JSX.Element {
  const { layouts, changedSheets, disabled, onColumnRoleChange, onRestoreClick, onReloadClick, columnsOpen, onColumnsToggle } = props;
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const othersHeadingId = useId('other-sheets-heading');
  const ledgers = layouts.filter((l) => l.kind === 'ledger');
  const others = layouts.filter((l) => l.kind === 'organisation' || l.kind === 'accounts' || l.kind === 'indicators');
  if (ledgers.length === 0) return <NoLedger onReloadClick={onReloadClick} />;
  return (
    <div className={styles.root}>
      {ledgers.map((l) => (
        <Text key={l.sheet} className={styles.summary}>
          {s.ledgerSummary(l.sheet, columnsRead(l), organisationLevels(l))}
        </Text>
      ))}
      <Accordion
        collapsible
        openItems={columnsOpen ? ['columns'] : []}
        onToggle={(event, data: AccordionToggleData<string>) => onColumnsToggle(event, { open: data.openItems.includes('columns') })}
      >
        <AccordionItem value="columns">
          <AccordionHeader size="small" className={styles.disclosure}>
            {s.editColumns}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {ledgers.map((layout) => (
              <LedgerColumns
                key={layout.sheet}
                layout={layout}
                changed={changedSheets.has(layout.sheet)}
                disabled={disabled}
                onColumnRoleChange={onColumnRoleChange}
                onRestoreClick={onRestoreClick}
              />
            ))}
            {others.length > 0 ? (
              <section aria-labelledby={othersHeadingId}>
                <h3 id={othersHeadingId} className={styles.heading}>
                  {s.otherSheetsHeading}
                </h3>
                <ul className={styles.list}>
                  {others.map((l) => (
                    <li key={l.sheet}>{otherSheetText(l, s)}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            <div className={styles.actions}>
              <Button size="small" disabled={disabled} onClick={onReloadClick}>
                {s.reloadWorkbook}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

/** How the list of other sheets names one: what it is used as, and its name. */
function otherSheetText(l: SheetLayout, s: ReturnType<typeof useStrings>): string {
  if (l.kind === 'organisation') return s.organisationSheet(l.sheet);
  if (l.kind === 'indicators') return s.indicatorSheet(l.sheet);
  return s.accountSheet(l.sheet);
}

function NoLedger({ onReloadClick }: Pick<LedgerSheetsProps, 'onReloadClick'>): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.noLedgerTitle}</MessageBarTitle>
          {s.noLedgerBody}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button size="small" onClick={onReloadClick}>
          {s.reloadWorkbook}
        </Button>
      </div>
    </div>
  );
}
