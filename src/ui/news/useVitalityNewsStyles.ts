import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, emptyTitle, plainList } from '../shared/styleFragments';

export const useVitalityNewsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick
    }
  },
  list: plainList,
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0,
    // Phones and the Teams mobile tab: one column, whatever the tile width says.
    '@media (max-width: 360px)': {
      gridTemplateColumns: 'minmax(0, 1fr)'
    }
  },
  item: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column'
  },
  empty: emptyState,
  emptyTitle: emptyTitle,
  more: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS
  },
  visuallyHidden: {
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
  }
});
