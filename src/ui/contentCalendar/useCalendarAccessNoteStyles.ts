import { makeStyles, tokens } from '@fluentui/react-components';

export const useCalendarAccessNoteStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '60ch'
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold
  },
  text: {
    marginTop: 0,
    marginBottom: 0
  }
});
