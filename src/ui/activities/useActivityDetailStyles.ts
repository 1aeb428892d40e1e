import { makeStyles, tokens } from '@fluentui/react-components';
import { detailBody, detailContent, detailSurface } from '../shared/styleFragments';

export const useActivityDetailStyles = makeStyles({
  surface: detailSurface,
  body: detailBody,
  content: detailContent,
  /** A title of 255 characters without a space breaks anywhere, beside (never under) the close button. */
  title: {
    minWidth: 0,
    overflowWrap: 'anywhere'
  },
  image: {
    width: '100%',
    maxHeight: '220px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginTop: 0,
    marginBottom: 0,
    '@media (max-width: 480px)': {
      gridTemplateColumns: 'minmax(0, 1fr)'
    }
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2
  },
  definition: {
    marginLeft: 0,
    minWidth: 0
  },
  description: {
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
    '& ul, & ol': { marginTop: 0, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
    '& a': { color: tokens.colorBrandForegroundLink }
  },
  sectionHeading: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold
  },
  sessions: {
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS
  },
  sessionRow: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  sessionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM
  },
  sessionDate: {
    fontWeight: tokens.fontWeightSemibold
  },
  muted: {
    color: tokens.colorNeutralForeground2
  },
  actions: {
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalS
  }
});
