import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../../shared/styleFragments';

export const useThemePlannerStyles = makeStyles({
  surface: {
    maxWidth: '860px',
    width: 'calc(100vw - 32px)'
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0
  },
  list: plainList,
  week: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    minWidth: 0
  },
  weekTitle: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start'
  },
  grow: {
    flexGrow: 1,
    flexBasis: '180px',
    minWidth: 0
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center'
  }
});
