/** Styles of SettingsForm. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The settings form's styles. */
export const useSettingsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Year beside month, each at least 10 rem: the messages under them (which months have data) need
  // the width, so at a narrow pane the month goes under the year.
  period: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, alignItems: 'start' },
  // border-box: the SpinButton's own padding otherwise runs 10 px past its field.
  fill: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
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
