/**
 * The ledger sheets found, each column's header with its detected role in a dropdown the user may
 * correct; the organisation and account sheets found; or a plain message when there is no ledger.
 */
import type * as React from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  useId,
  type SelectionEvents,
} from '@fluentui/react-components';
import type { ColumnRole, SheetLayout } from '../../../app/presentation';
import type { Role } from '../../../app/presentation';
import { LEDGER_ROLES, type LedgerRole, type Strings } from '../../strings';
import { useStrings } from '../../useStrings';
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
}

function isLedgerRole(role: string): role is LedgerRole {
  return (LEDGER_ROLES as readonly string[]).includes(role);
}

/** The ledger sheets and the other sheets the build uses. */
export function LedgerSheets({ layouts, changedSheets, disabled, onColumnRoleChange, onRestoreClick }: LedgerSheetsProps): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const ledgers = layouts.filter((l) => l.kind === 'ledger');
  const others = layouts.filter((l) => l.kind === 'organisation' || l.kind === 'accounts');
  const othersHeadingId = useId('other-sheets-heading');
  return (
    <div className={styles.root}>
      {ledgers.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.noLedgerTitle}</MessageBarTitle>
            {s.noLedgerBody}
          </MessageBarBody>
        </MessageBar>
      ) : (
        ledgers.map((layout) => (
          <LedgerSheet
            key={layout.sheet}
            layout={layout}
            changed={changedSheets.has(layout.sheet)}
            disabled={disabled}
            onColumnRoleChange={onColumnRoleChange}
            onRestoreClick={onRestoreClick}
          />
        ))
      )}
      {others.length > 0 ? (
        <section aria-labelledby={othersHeadingId}>
          <h3 id={othersHeadingId} className={styles.heading}>
            {s.otherSheetsHeading}
          </h3>
          <ul className={styles.list}>
            {others.map((l) => (
              <li key={l.sheet}>{l.kind === 'organisation' ? s.organisationSheet(l.sheet) : s.accountSheet(l.sheet)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

interface LedgerSheetProps {
  readonly layout: SheetLayout;
  readonly changed: boolean;
  readonly disabled: boolean | undefined;
  readonly onColumnRoleChange: LedgerSheetsProps['onColumnRoleChange'];
  readonly onRestoreClick: LedgerSheetsProps['onRestoreClick'];
}

function LedgerSheet({ layout, changed, disabled, onColumnRoleChange, onRestoreClick }: LedgerSheetProps): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const headingId = useId('ledger-heading');
  const monthColumns = layout.columns.filter((c) => c.role === 'month');
  const roleColumns = layout.columns.filter((c) => c.role !== 'month');
  return (
    <section className={styles.sheet}>
      <h3 id={headingId} className={styles.heading}>
        {s.ledgerHeading(layout.sheet)}
      </h3>
      <Text className={styles.note}>
        {layout.title ? `${s.ledgerTitle(layout.title)} ` : ''}
        {s.ledgerShape[layout.shape]} {s.ledgerIntro}
      </Text>
      <div className={styles.columns} role="group" aria-labelledby={headingId}>
        {roleColumns.map((column) => (
          <RoleField key={column.index} sheet={layout.sheet} column={column} disabled={disabled} onColumnRoleChange={onColumnRoleChange} />
        ))}
      </div>
      {monthColumns.length > 0 ? <Text>{monthColumnsText(monthColumns, s)}</Text> : null}
      {changed ? (
        <div className={styles.changed}>
          <Text className={styles.note}>{s.rolesChanged}</Text>
          <Button size="small" disabled={disabled} onClick={(event) => onRestoreClick(event, { sheet: layout.sheet })}>
            {s.restoreRoles}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function monthColumnsText(columns: readonly ColumnRole[], s: Strings): string {
  const first = columns[0]?.header ?? '';
  const last = columns[columns.length - 1]?.header ?? '';
  return s.monthColumns(columns.length, first, last);
}

interface RoleFieldProps {
  readonly sheet: string;
  readonly column: ColumnRole;
  readonly disabled: boolean | undefined;
  readonly onColumnRoleChange: LedgerSheetsProps['onColumnRoleChange'];
}

function RoleField({ sheet, column, disabled, onColumnRoleChange }: RoleFieldProps): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const role = column.role;
  const label = isLedgerRole(role) ? s.roles[role] : role;
  return (
    <Field label={column.header} orientation="horizontal" className={styles.column}>
      <Dropdown
        className={styles.dropdown}
        button={{ className: styles.dropdownButton }}
        value={label}
        selectedOptions={[role]}
        disabled={disabled}
        onOptionSelect={(event, data) => {
          const next = data.optionValue;
          if (next !== undefined && isLedgerRole(next) && next !== role) onColumnRoleChange(event, { sheet, column: column.index, role: next });
        }}
      >
        {LEDGER_ROLES.map((r) => (
          <Option key={r} value={r}>
            {s.roles[r]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
