import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, emptyTitle } from '../shared/styleFragments';

export const useActivityCatalogueStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS
  },
  search: {
    flexGrow: 1,
    flexBasis: '240px',
    minWidth: 0
  },
  searchInput: {
    width: '100%',
    minWidth: 0
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    paddingLeft: 0,
    marginTop: 0,
    marginBottom: 0
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
