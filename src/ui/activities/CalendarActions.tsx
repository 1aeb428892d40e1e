import * as React from 'react';
import { Button, Menu, MenuItemLink, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { useActivitiesContext } from './ActivitiesContext';
import { sessionLabel } from './activityFormat';
import { downloadFile, icsFile, meetingUrlFor, outlookLinkFor, shareLinkFor } from './activityLinks';
import { CalendarActionsProps } from './CalendarActions.types';
import { agendaEventsFor, agendaKey } from './agendaActions';
import { OutlookAgendaButton } from './OutlookAgendaButton';
import { slotKey } from '../../core/activities/slots';
import { useCalendarActionsStyles } from './useCalendarActionsStyles';

/**
 * "In agenda (.ics)" downloads an RFC 5545 file built by core (Europe/Amsterdam, one event
 * per session); "Outlook" opens Outlook on the web's new-event form, which also works from
 * the Teams desktop client where .ics downloads do not.
 */
export function CalendarActions(props: CalendarActionsProps): JSX.Element | null {
  const styles = useCalendarActionsStyles();
  const ctx = useActivitiesContext();
  const { activity, sessions } = props;
  if (sessions.length === 0) {
    return null;
  }
  const link = shareLinkFor(activity, ctx.share, ctx.hostKind);
  const meetingUrl = meetingUrlFor(activity, props.my);
  const onIcs = (): void => {
    downloadFile(
      icsFile(activity, sessions, props.sessionDate, { now: ctx.now(), uidDomain: ctx.uidDomain, url: link, meetingUrl, tentative: props.my.kind !== 'confirmed' })
    );
  };
  const now = ctx.now();
  return (
    <div className={styles.root} role="group" aria-label={formatString(strings.ActivitiesCalendarGroup, activity.title)}>
      {ctx.agenda && ctx.state.roles && (
        <OutlookAgendaButton
          agenda={ctx.agenda}
          agendaKey={agendaKey(ctx.state.roles.userId, slotKey(activity.id, props.sessionDate))}
          events={() => agendaEventsFor(activity, sessions, (ctx.state.roles as { userId: number }).userId, link, meetingUrl)}
          now={ctx.now}
        />
      )}
      <Button size="small" onClick={onIcs}>
        {strings.ActivitiesAddToCalendar}
      </Button>
      {sessions.length === 1 ? (
        <Button
          size="small"
          as="a"
          href={outlookLinkFor(activity, sessions[0], link, meetingUrl)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {strings.ActivitiesOutlook}
        </Button>
      ) : (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small">{strings.ActivitiesOutlook}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {sessions.map((session) => (
                <MenuItemLink
                  key={session.key}
                  href={outlookLinkFor(activity, session, link, meetingUrl)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {sessionLabel(activity, session, ctx.locale, now)}
                </MenuItemLink>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );
}
