import { makeStyles, tokens } from '@fluentui/react-components';

export const useActivityFiltersStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 190px), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0
  },
  control: {
    minWidth: 0,
    width: '100%'
  },
  check: {
    alignSelf: 'center'
  }
});
