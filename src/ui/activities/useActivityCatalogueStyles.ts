import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, emptyTitle, moreRow, visuallyHidden } from '../shared/styleFragments';

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
  more: moreRow,
  visuallyHidden: visuallyHidden
});
