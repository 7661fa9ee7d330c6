/** Styles of SettingsForm. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The settings form's styles. */
export const useSettingsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Top-aligned: a message under one field must not push the other's control down.
  period: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  fill: { minWidth: 0, width: '100%' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS} 0`,
    // As a Field's label, so the group reads like the fields around it.
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, paddingBottom: tokens.spacingVerticalS },
  // The disclosure's header sits flush with the fields above it.
  disclosure: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});
