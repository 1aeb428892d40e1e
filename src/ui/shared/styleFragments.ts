import { GriffelStyle, tokens } from '@fluentui/react-components';

// Style pieces several components' makeStyles hooks share, so the catalogue, the card,
// "Mijn aanmeldingen" and the studio look the same and are changed in one place.

/** A card or list-entry heading (h3) in the body font at size 400. */
export const cardTitle: GriffelStyle = {
  marginTop: 0,
  marginBottom: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
  overflowWrap: 'anywhere'
};

/** A Link rendered as a button inside such a heading: takes the heading's type. */
export const titleButton: GriffelStyle = {
  fontSize: 'inherit',
  lineHeight: 'inherit',
  fontWeight: 'inherit',
  textAlign: 'left'
};

/** A <ul> of cards: no bullets, stacked with medium gaps. */
export const plainList: GriffelStyle = {
  listStyleType: 'none',
  paddingLeft: 0,
  marginTop: 0,
  marginBottom: 0,
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalM
};

/** The "nothing here yet" block and its heading. */
export const emptyState: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  rowGap: tokens.spacingVerticalS,
  paddingTop: tokens.spacingVerticalL,
  paddingBottom: tokens.spacingVerticalL
};

export const emptyTitle: GriffelStyle = {
  marginTop: 0,
  marginBottom: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold
};
