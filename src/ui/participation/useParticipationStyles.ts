import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, emptyTitle, panelHeading, webPartHeading, webPartRoot } from '../shared/styleFragments';

export const useParticipationStyles = makeStyles({
  root: {
    ...webPartRoot,
    rowGap: tokens.spacingVerticalL,
    maxWidth: '1100px'
  },
  heading: webPartHeading,
  intro: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    maxWidth: '70ch',
    '& p': { marginTop: 0, marginBottom: 0 }
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS
  },
  yearField: {
    minWidth: '120px',
    maxWidth: '100%',
    alignSelf: 'flex-start'
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0
  },
  sectionHeading: panelHeading,
  // A chart and its table side by side on wide screens, stacked on narrow ones (Teams mobile).
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (max-width: 760px)': {
      gridTemplateColumns: 'minmax(0, 1fr)'
    }
  },
  tables: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL
  },
  legend: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2
  },
  legendTitle: {
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold
  },
  empty: emptyState,
  emptyTitle,
  text: {
    marginTop: 0,
    marginBottom: 0
  }
});
