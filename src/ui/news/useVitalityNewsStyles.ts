import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, emptyTitle, moreRow, plainList, visuallyHidden, webPartHeading, webPartRoot } from '../shared/styleFragments';

export const useVitalityNewsStyles = makeStyles({
  root: webPartRoot,
  heading: {
    ...webPartHeading,
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
  more: moreRow,
  visuallyHidden: visuallyHidden
});
