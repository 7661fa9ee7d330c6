/** Styles of LedgerSheets. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The ledger sheets' styles. */
export const useLedgerSheetsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Header text on the left, its role on the right; the dropdown takes what the pane has left.
  column: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 5fr)' },
  dropdown: { minWidth: 0, width: '100%' },
  // A long role name in a narrow pane ends in an ellipsis instead of running under the chevron.
  dropdownButton: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  changed: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
