import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared/styleFragments';

export const useCalendarChipsStyles = makeStyles({
  list: {
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0
  },
  chip: {
    // Badge above the title: in a narrow day cell the title keeps the full width.
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    columnGap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'left'
  },
  button: {
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover
    },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '1px'
    }
  },
  holiday: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    fontStyle: 'italic'
  },
  nationalDay: {
    backgroundColor: tokens.colorPaletteLightTealBackground2,
    borderTopColor: tokens.colorPaletteLightTealBorderActive,
    borderRightColor: tokens.colorPaletteLightTealBorderActive,
    borderBottomColor: tokens.colorPaletteLightTealBorderActive,
    borderLeftColor: tokens.colorPaletteLightTealBorderActive
  },
  // Words stay whole: a line breaks between words, and only a word longer than the whole
  // chip is broken (break-word, not anywhere); Dutch compounds may hyphenate (lang="nl").
  title: {
    maxWidth: '100%',
    minWidth: 0,
    overflowWrap: 'break-word',
    wordBreak: 'normal',
    hyphens: 'auto'
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXS,
    rowGap: tokens.spacingVerticalXXS,
    maxWidth: '100%'
  },
  badge: {
    flexShrink: 0
  },
  visuallyHidden
});
