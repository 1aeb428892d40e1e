import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../shared/styleFragments';

export const useWeekListStyles = makeStyles({
  list: plainList,
  week: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0
  },
  currentWeek: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word'
  },
  theme: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorBrandForeground1
  },
  noTheme: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic'
  },
  days: {
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS
  },
  day: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0
  },
  dayLabel: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300
  },
  empty: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground3
  }
});
