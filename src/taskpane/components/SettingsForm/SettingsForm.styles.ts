/** Styles of SettingsForm. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The settings form's styles. */
export const useSettingsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  period: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', gap: tokens.spacingHorizontalM },
  fill: { minWidth: 0, width: '100%' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS} 0`,
    // As a Field's label, so the group reads like the fields around it.
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});
