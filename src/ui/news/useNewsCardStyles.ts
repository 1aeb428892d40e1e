import { makeStyles, tokens } from '@fluentui/react-components';
import { cardTitle, titleButton, visuallyHidden } from '../shared/styleFragments';

export const useNewsCardStyles = makeStyles({
  card: {
    height: '100%',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  // List layout: the image beside the text on wider screens, above it on phones.
  listBody: {
    display: 'grid',
    gridTemplateColumns: '160px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
    '@media (max-width: 480px)': {
      gridTemplateColumns: 'minmax(0, 1fr)'
    }
  },
  listBodyNoImage: {
    gridTemplateColumns: 'minmax(0, 1fr)'
  },
  gridBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0
  },
  image: {
    width: '100%',
    height: '140px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  listImage: {
    height: '110px',
    '@media (max-width: 480px)': {
      height: '140px'
    }
  },
  title: cardTitle,
  titleLink: titleButton,
  // The title link covers the whole card (the Card is position: relative): one tab stop,
  // one accessible name, and a click anywhere on the card opens the page.
  stretched: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      bottom: 0,
      left: 0
    }
  },
  visuallyHidden: visuallyHidden,
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
  excerpt: {
    display: 'block',
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere'
  }
});
