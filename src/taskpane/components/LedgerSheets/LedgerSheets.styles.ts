/** Styles of LedgerSheets. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The ledger sheets' styles. */
export const useLedgerSheetsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, paddingBottom: tokens.spacingVerticalS },
  // The disclosure's header sits flush with the text above it.
  disclosure: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Header text on the left, its role on the right; both may shrink, the header wraps.
  column: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' },
  // Headers wrap between words; only a word longer than the column breaks.
  label: { overflowWrap: 'break-word' },
  dropdown: { minWidth: 0, width: '100%' },
  // A long role in a narrow pane ends in an ellipsis (the full role is its title) and the chevron
  // keeps its place: the text column may shrink to nothing, the chevron's may not.
  dropdownButton: { gridTemplateColumns: 'minmax(0, 1fr) auto', overflow: 'hidden' },
  roleText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  changed: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
