import { makeStyles } from '@fluentui/react-components';

export const useParticipationBarChartStyles = makeStyles({
  root: {
    minWidth: 0,
    maxWidth: '100%',
    overflowX: 'hidden'
  }
});
