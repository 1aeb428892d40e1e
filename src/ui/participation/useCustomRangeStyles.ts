import { makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading } from '../shared/styleFragments';

export const useCustomRangeStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS
  },
  heading: panelHeading,
  hint: {
    marginTop: 0,
    marginBottom: 0
  },
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS
  },
  field: {
    minWidth: '140px'
  },
  result: {
    marginTop: 0,
    marginBottom: 0,
    fontWeight: tokens.fontWeightSemibold
  }
});
