import * as React from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
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
      <Badge appearance="tint" color="brand">
        {pillarLabel(activity.pillar)}
      </Badge>
      {activity.isPrivate && (
        <Badge appearance="outline" color="informative">
          {strings.ActivitiesPrivateList}
        </Badge>
      )}
      {props.showCancelled && activity.status === 'cancelled' && (
        <Badge appearance="filled" color="danger">
          {strings.ActivitiesStatusActivityCancelled}
        </Badge>
      )}
    </div>
  );
}
