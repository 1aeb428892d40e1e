import { makeStyles, tokens } from '@fluentui/react-components';
import { cardTitle, emptyState, emptyTitle, plainList, titleButton } from '../shared/styleFragments';

export const useMySignUpsStyles = makeStyles({
  list: plainList,
  item: {
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  title: cardTitle,
  titleButton: titleButton,
  line: {
    display: 'block',
    overflowWrap: 'anywhere'
  },
  cancelled: {
    alignSelf: 'flex-start'
  },
  empty: emptyState,
  emptyTitle: emptyTitle
});
