import { makeStyles, tokens } from '@fluentui/react-components';

export const useSlotActionsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS
  },
  hint: {
    color: tokens.colorNeutralForeground2
  },
  status: {
    minWidth: 0
  }
});
