import { makeStyles, tokens } from '@fluentui/react-components';
import { cardTitle, titleButton } from '../shared/styleFragments';

export const useActivityCardStyles = makeStyles({
  card: {
    height: '100%',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  image: {
    width: '100%',
    height: '140px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  title: cardTitle,
  titleButton: titleButton,
  line: {
    display: 'block',
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere'
  },
  muted: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere'
  },
  footer: {
    marginTop: 'auto',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  },
  places: {
    fontWeight: tokens.fontWeightSemibold
  }
});
