import { makeStyles, tokens } from '@fluentui/react-components';
import { cardTitle, plainList } from '../shared/styleFragments';

export const useStudioStyles = makeStyles({
  // Three tabs do not fit next to each other on a 360 px phone: they wrap instead of running off.
  tabs: {
    flexWrap: 'wrap'
  },
  manage: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: '960px',
    // An ambassador's thumb on a phone: every button and link at least 44 px high (WCAG 2.5.5).
    '@media (max-width: 600px)': {
      '& .fui-Button, & .fui-Link, & .sb-Tab': { minHeight: '44px' },
      '& a.fui-Link': { display: 'inline-flex', alignItems: 'center' }
    }
  },
  publishBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-end'
  },
  grow: {
    flexGrow: 1,
    flexBasis: '140px',
    minWidth: 0
  },
  /** Long option texts (locations, titles) must not widen the form past a phone's 360 px. */
  field: {
    minWidth: 0,
    gridTemplateColumns: 'minmax(0, 1fr)'
  },
  select: {
    minWidth: 0,
    maxWidth: '100%',
    width: '100%'
  },
  summary: {
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2
    }
  },
  summaryList: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL
  },
  dates: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  dateList: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0
  },
  dateItems: {
    listStyleType: 'none',
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column'
  },
  dateItem: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2
  },
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200
  },
  message: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '420px'
  },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1
  },
  confirmTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center'
  },
  list: plainList,
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  itemTitle: cardTitle,
  subTitle: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold
  },
  people: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere'
  },
  badgeRow: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center'
  }
});
