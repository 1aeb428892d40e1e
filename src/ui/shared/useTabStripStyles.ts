import { makeResetStyles, makeStyles, tokens } from '@fluentui/react-components';

/** The look of Fluent's TabList (medium, transparent): the selected tab underlined in the brand colour. */
export const useTabListStyles = makeResetStyles({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'stretch',
  columnGap: tokens.spacingHorizontalXS
});

export const useTabStyles = makeResetStyles({
  position: 'relative',
  display: 'inline-flex',
  alignItems: 'center',
  minHeight: '32px',
  padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
  border: 'none',
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorTransparentBackground,
  color: tokens.colorNeutralForeground2,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  fontWeight: tokens.fontWeightRegular,
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
  ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  '::after': {
    content: '""',
    position: 'absolute',
    left: tokens.spacingHorizontalMNudge,
    right: tokens.spacingHorizontalMNudge,
    bottom: '0',
    height: tokens.strokeWidthThicker,
    borderRadius: tokens.borderRadiusCircular
  },
  '@media (forced-colors: active)': { ':focus-visible': { outlineColor: 'Highlight' } }
});

export const useTabStripStyles = makeStyles({
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'Highlight' } }
  }
});
