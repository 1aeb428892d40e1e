import { GriffelStyle, makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading, visuallyHidden } from '../shared/styleFragments';

/** Header and data cells: the same padding and a thin rule below (its colour differs). */
const cellBox: GriffelStyle = {
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
  paddingLeft: tokens.spacingHorizontalS,
  paddingRight: tokens.spacingHorizontalS,
  borderBottomWidth: tokens.strokeWidthThin,
  borderBottomStyle: 'solid'
};

export const useFiguresTableStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0
  },
  heading: panelHeading,
  note: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200
  },
  // Wide tables scroll inside this box, so the page itself never scrolls sideways (360 px).
  scroller: {
    maxWidth: '100%',
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2
    }
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    minWidth: '100%'
  },
  // The heading above shows the title; the caption names the table for screen readers.
  caption: visuallyHidden,
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    ...cellBox,
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: 'bottom'
  },
  rowHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: '10em'
  },
  num: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums'
  },
  td: {
    ...cellBox,
    borderBottomColor: tokens.colorNeutralStroke2
  }
});
