import { makeStyles, tokens } from '@fluentui/react-components';

export const usePillarFilterStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS
  }
});
