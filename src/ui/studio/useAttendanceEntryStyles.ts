import { makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading, plainList } from '../shared/styleFragments';

export const useAttendanceEntryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: panelHeading,
  list: { ...plainList, rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  field: { minWidth: '0', maxWidth: '220px', flexGrow: 1 },
  signedUp: { color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS }
});
