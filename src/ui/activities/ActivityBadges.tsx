import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { Activity } from '../../core/types';
import { pillarLabel } from '../shared/labels';

const useActivityBadgesStyles = makeStyles({
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  }
});

/** Pillar, "Besloten deelnemerslijst" and (optionally) "Geannuleerd": on the card and in the detail. */
export function ActivityBadges(props: { activity: Activity; showCancelled?: boolean }): JSX.Element {
  const styles = useActivityBadgesStyles();
  const { activity } = props;
  return (
    <div className={styles.badges}>
      <Pill appearance="tint" color="brand">
        {pillarLabel(activity.pillar)}
      </Pill>
      {activity.isPrivate && (
        <Pill appearance="outline" color="informative">
          {strings.ActivitiesPrivateList}
        </Pill>
      )}
      {props.showCancelled && activity.status === 'cancelled' && (
        <Pill appearance="filled" color="danger">
          {strings.ActivitiesStatusActivityCancelled}
        </Pill>
      )}
    </div>
  );
}
