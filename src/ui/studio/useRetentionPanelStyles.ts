import { makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading } from '../shared/styleFragments';

export const useRetentionPanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '560px'
  },
  heading: panelHeading,
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS
  }
});
