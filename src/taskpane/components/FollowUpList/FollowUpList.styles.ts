/** Styles of FollowUpList. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The follow-up list's styles. */
export const useFollowUpListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    // The buttons go under the name when both do not fit beside it (a narrow pane, a long name).
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '9em' },
  // Three buttons (Uppdatera, Nästa månad, Lås månaden) wrap as a row in a narrow pane; their labels never do.
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  period: { color: tokens.colorNeutralForeground2 },
  lockBroken: { color: tokens.colorPaletteRedForeground1 },
  all: { alignSelf: 'flex-start' },
  rowsBehind: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
});
