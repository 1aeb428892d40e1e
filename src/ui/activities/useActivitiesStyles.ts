import { makeStyles } from '@fluentui/react-components';
import { webPartHeading, webPartRoot } from '../shared/styleFragments';

export const useActivitiesStyles = makeStyles({
  root: webPartRoot,
  heading: webPartHeading,
  tabs: {
    flexWrap: 'wrap'
  },
  panel: {
    minWidth: 0
  }
});
