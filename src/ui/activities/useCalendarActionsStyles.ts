import { makeStyles, tokens } from '@fluentui/react-components';

export const useCalendarActionsStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  }
});
