import * as React from 'react';
import { Body1, Caption1, Link, useRestoreFocusTarget } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import { Surface } from '../shared/Surface';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { safeUrl } from '../shared/safeUrl';
import { dayLabel, sessionLabel, venueLabel } from './activityFormat';
import { changeSummary } from '../../core/notifications/noticeText';
import { myStatusText, placesText, statusColor } from './activityLabels';
import { ActivityCardProps } from './ActivityCard.types';
import { ActivityBadges } from './ActivityBadges';
import { useActivityCardStyles } from './useActivityCardStyles';

/** One activity in the catalogue. The title opens the detail view (Enter or Space). */
export function ActivityCard(props: ActivityCardProps): JSX.Element {
  const styles = useActivityCardStyles();
  const restoreFocus = useRestoreFocusTarget();
  const { activity, view } = props;
  const image = safeUrl(activity.imageUrl);
  const places = view ? placesText(activity, view, props.locale) : undefined;
  const status = view ? myStatusText(view.my, true) : undefined;
  const series =
    activity.shape === 'weeklyDropIn'
      ? strings.ActivitiesSeriesDropIn
      : activity.shape === 'programme'
        ? formatString(strings.ActivitiesSeriesProgramme, activity.dates.length)
        : undefined;
  return (
    <Surface className={styles.card} data-activity-card={activity.id}>
      {image && <img className={styles.image} src={image} alt="" loading="lazy" decoding="async" />}
      <ActivityBadges activity={activity} />
      <h3 className={styles.title}>
        <Link as="button" className={styles.titleButton} onClick={() => props.onOpen(activity.id)} data-activity-open={activity.id} {...restoreFocus}>
          {activity.title}
        </Link>
      </h3>
      {props.session && <Body1 className={styles.line}>{sessionLabel(activity, props.session, props.locale, props.now)}</Body1>}
      {series && <Caption1 className={styles.muted}>{series}</Caption1>}
      <Body1 className={styles.line}>{venueLabel(activity)}</Body1>
      {view && view.changedSince.length > 0 && view.my.kind !== 'none' && (
        <Caption1 className={styles.muted} data-changed-since>
          {formatString(strings.ActivitiesChangedSince, changeSummary(activity, view.changedSince, props.locale))}
        </Caption1>
      )}
      {view && view.cancelledDates.length > 0 && (
        <Caption1 className={styles.muted} data-date-cancelled>
          {formatString(strings.ActivitiesDateCancelled, view.cancelledDates.map((c) => dayLabel(c.date, props.locale, props.now)).join(', '))}
        </Caption1>
      )}
      <div className={styles.footer}>
        {places && !(activity.isPrivate && view && !view.seesOthers && !view.published) && <Body1 className={styles.places}>{places}</Body1>}
        {status && view && (
          <Pill appearance="filled" color={statusColor(view.my)}>
            {status}
          </Pill>
        )}
      </div>
    </Surface>
  );
}
