import { makeStyles, tokens } from '@fluentui/react-components';

export const useSlotActionsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS
  },
  hint: {
    color: tokens.colorNeutralForeground2
  },
  status: {
    minWidth: 0
  },
  /** The result message takes focus after an action (useResultFocus): show where it is; long titles wrap. */
  result: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px'
    }
  }
});
