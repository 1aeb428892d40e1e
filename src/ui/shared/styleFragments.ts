import { GriffelStyle, tokens } from '@fluentui/react-components';

// Style pieces several components' makeStyles hooks share, so the catalogue, the news feed,
// the cards, the detail dialogs, "Mijn aanmeldingen", the studio and the calendar look the
// same and are changed in one place.

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

/** Text for screen readers only (announcements, hidden labels). */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  marginTop: '-1px',
  marginLeft: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  borderTopWidth: 0,
  borderBottomWidth: 0,
  borderLeftWidth: 0,
  borderRightWidth: 0
};

/** A web part's outer column (Activiteiten, Vitaliteitsnieuws). */
export const webPartRoot: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalM,
  minWidth: 0,
  paddingTop: tokens.spacingVerticalS,
  paddingBottom: tokens.spacingVerticalS
};

/** The heading of a panel inside a web part (Beheer's panels). */
export const panelHeading: GriffelStyle = {
  marginTop: 0,
  marginBottom: 0,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold
};

/** A web part's own heading (h2) at size 500. */
export const webPartHeading: GriffelStyle = {
  marginTop: 0,
  marginBottom: 0,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold
};

/** The "Meer laden" row under a list: button and status side by side, wrapping. */
export const moreRow: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalS
};

/** A detail dialog's surface: 720 px wide, the whole screen on phones and in the Teams mobile tab. */
export const detailSurface: GriffelStyle = {
  maxWidth: '720px',
  width: 'calc(100vw - 32px)',
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
};

/** The scrolling body of that dialog. */
export const detailBody: GriffelStyle = {
  maxHeight: 'calc(100vh - 48px)',
  '@media (max-width: 480px)': {
    maxHeight: '100%',
    height: '100%'
  }
};

/** The dialog's content column: long words wrap instead of widening the dialog. */
export const detailContent: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalM,
  minWidth: 0,
  overflowWrap: 'anywhere'
};
