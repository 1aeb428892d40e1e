import { makeStyles, tokens } from '@fluentui/react-components';

export const useShareButtonStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS
  },
  copied: {
    color: tokens.colorPaletteGreenForeground1
  },
  input: {
    width: '100%',
    minWidth: 0
  }
});
