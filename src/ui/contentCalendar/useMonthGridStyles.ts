import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared/styleFragments';

// One fixed week column, so every row lines up with the header row.
const COLUMNS = '7.5rem repeat(7, minmax(0, 1fr))';

export const useMonthGridStyles = makeStyles({
  grid: {
    display: 'flex',
    flexDirection: 'column',
    // Shown from NARROW_CALENDAR_PX (useNarrow) on; narrower, the calendar shows its agenda.
    minWidth: '760px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden'
  },
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%'
  },
  row: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  headerRow: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    backgroundColor: tokens.colorNeutralBackground3
  },
  columnHeader: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2
  },
  rowHeader: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0
  },
  weekNumber: {
    fontWeight: tokens.fontWeightSemibold
  },
  theme: {
    color: tokens.colorBrandForeground1,
    overflowWrap: 'break-word'
  },
  noTheme: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    overflowWrap: 'break-word'
  },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minHeight: '88px',
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px'
    }
  },
  outside: {
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground3
  },
  dayNumber: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    alignSelf: 'flex-start',
    minWidth: '1.5rem',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusCircular
  },
  today: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand
  },
  visuallyHidden
});
