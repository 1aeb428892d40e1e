import { makeStyles, tokens } from '@fluentui/react-components';

export const useActivityDetailStyles = makeStyles({
  surface: {
    maxWidth: '720px',
    width: 'calc(100vw - 32px)',
    // Phones (and the Teams mobile tab): the whole screen.
    '@media (max-width: 480px)': {
      width: '100%',
      maxWidth: '100%',
      height: '100%',
      maxHeight: '100vh',
      borderRadius: 0,
      paddingTop: tokens.spacingVerticalM,
      paddingBottom: tokens.spacingVerticalM,
      paddingLeft: tokens.spacingHorizontalM,
      paddingRight: tokens.spacingHorizontalM
    }
  },
  body: {
    maxHeight: 'calc(100vh - 48px)',
    '@media (max-width: 480px)': {
      maxHeight: '100%',
      height: '100%'
    }
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
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
