/**
 * One ledger sheet's columns, each header with its role in a dropdown the user may correct. The
 * organisation levels are shown as the hierarchy they form (Avdelning › Enhet), and a role that
 * two columns share (two Budget columns) is warned of.
 */
import type * as React from 'react';
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Text, useId } from '@fluentui/react-components';
import type { ColumnRole, SheetLayout } from '../../../app/presentation';
import { LEDGER_ROLES, type LedgerRole, type Strings } from '../../strings';
import { useStrings } from '../../useStrings';
import { duplicateRoles, organisationLevels } from './layouts';
import type { LedgerSheetsProps } from './LedgerSheets';
import { useLedgerSheetsStyles } from './LedgerSheets.styles';

function isLedgerRole(role: string): role is LedgerRole {
  return (LEDGER_ROLES as readonly string[]).includes(role);
}

/** The name of a role in the pane's words. */
function roleName(role: ColumnRole['role'], s: Strings): string {
  if (isLedgerRole(role)) return s.roles[role];
  return role === 'unknownAmount' ? s.unknownAmountRole : role;
}

/** Props of LedgerColumns. */
export interface LedgerColumnsProps {
  readonly layout: SheetLayout;
  readonly changed: boolean;
  readonly disabled: boolean | undefined;
  readonly onColumnRoleChange: LedgerSheetsProps['onColumnRoleChange'];
  readonly onRestoreClick: LedgerSheetsProps['onRestoreClick'];
}

/** A ledger sheet's column roles. */
export function LedgerColumns({ layout, changed, disabled, onColumnRoleChange, onRestoreClick }: LedgerColumnsProps): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const headingId = useId('ledger-heading');
  const monthColumns = layout.columns.filter((c) => c.role === 'month');
  const roleColumns = layout.columns.filter((c) => c.role !== 'month');
  const levels = organisationLevels(layout);
  const unitColumns = layout.columns.filter((c) => c.role === 'unit').map((c) => c.index);
  return (
    <section className={styles.sheet}>
      <h3 id={headingId} className={styles.heading}>
        {s.ledgerHeading(layout.sheet)}
      </h3>
      <Text className={styles.note}>
        {layout.title ? `${s.ledgerTitle(layout.title)} ` : ''}
        {s.ledgerShape[layout.shape]} {s.ledgerIntro}
      </Text>
      {levels.length > 0 ? <Text className={styles.summary}>{`${s.levelsLabel}: ${levels.join(' › ')}`}</Text> : null}
      <div className={styles.columns} role="group" aria-labelledby={headingId}>
        {roleColumns.map((column) => (
          <RoleField
            key={column.index}
            sheet={layout.sheet}
            column={column}
            level={column.role === 'unit' ? unitColumns.indexOf(column.index) + 1 : null}
            disabled={disabled}
            onColumnRoleChange={onColumnRoleChange}
          />
        ))}
      </div>
      {duplicateRoles(layout).map((d) => (
        <MessageBar key={d.role} intent="warning" layout="multiline">
          <MessageBarBody>{s.duplicateRole(roleName(d.role, s), d.headers)}</MessageBarBody>
        </MessageBar>
      ))}
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
  /** The organisation level (1 = coarsest) of a unit column; null for other roles. */
  readonly level: number | null;
  readonly disabled: boolean | undefined;
  readonly onColumnRoleChange: LedgerSheetsProps['onColumnRoleChange'];
}

function RoleField({ sheet, column, level, disabled, onColumnRoleChange }: RoleFieldProps): React.JSX.Element {
  const s = useStrings();
  const styles = useLedgerSheetsStyles();
  const role = column.role;
  const label = level === null ? roleName(role, s) : s.unitLevel(level);
  return (
    <Field label={{ children: column.header, className: styles.label }} orientation="horizontal" className={styles.column}>
      <Dropdown
        className={styles.dropdown}
        button={{ className: styles.dropdownButton, children: <span className={styles.roleText} title={label}>{label}</span> }}
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
