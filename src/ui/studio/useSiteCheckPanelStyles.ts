import { makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading, plainList } from '../shared/styleFragments';

export const useSiteCheckPanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '640px'
  },
  heading: panelHeading,
  list: {
    ...plainList,
    rowGap: tokens.spacingVerticalS
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS
  },
  details: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere'
  }
});
