import { makeStyles, tokens } from '@fluentui/react-components';

export const useThemeOfWeekStyles = makeStyles({
  card: {
    maxWidth: '720px',
    rowGap: tokens.spacingVerticalM
  },
  overline: {
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    letterSpacing: '0.04em'
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  },
  image: {
    width: '100%',
    maxHeight: '240px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium
  },
  summary: {
    marginTop: 0,
    marginBottom: 0
  },
  tip: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium
  },
  tipLabel: {
    display: 'block',
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXXS
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS
  }
});
