import { makeStyles, tokens } from '@fluentui/react-components';
import { panelHeading, plainList } from '../shared/styleFragments';

export const useLocationsPanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '640px',
    minWidth: 0
  },
  heading: panelHeading,
  list: {
    ...plainList,
    rowGap: tokens.spacingVerticalS
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere'
  },
  muted: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere'
  },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0
  },
  editorTitle: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere'
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS
  }
});
