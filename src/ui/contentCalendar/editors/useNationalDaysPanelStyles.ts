import { makeStyles, tokens } from '@fluentui/react-components';
import { cardTitle, plainList } from '../../shared/styleFragments';

export const useNationalDaysPanelStyles = makeStyles({
  surface: {
    maxWidth: '760px',
    width: 'calc(100vw - 32px)'
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0
  },
  list: plainList,
  day: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    minWidth: 0
  },
  dayTitle: cardTitle,
  muted: {
    color: tokens.colorNeutralForeground3
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start'
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center'
  },
  grow: {
    flexGrow: 1,
    flexBasis: '140px',
    minWidth: 0
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0
  }
});
