import { makeStyles, tokens } from '@fluentui/react-components';

export const useNewsDetailStyles = makeStyles({
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
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  },
  date: {
    color: tokens.colorNeutralForeground2
  },
  image: {
    width: '100%',
    maxHeight: '260px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  article: {
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
    '& ul, & ol': { marginTop: 0, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
    '& h3, & h4': { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
    '& a': { color: tokens.colorBrandForegroundLink }
  }
});
