import * as strings from 'SamenBeterStrings';
import { Activity, ActivitySession } from '../../core/types';
import { buildIcs, DEFAULT_REMINDER_MINUTES, icsFileName } from '../../core/calendar/ics';
import { formatString } from '../shared/formatString';
import { outlookComposeUrl } from '../../core/calendar/outlookLink';
import { activityShareUrl, teamsTabDeepLink } from '../../core/links/activityLinks';
import { HostKind } from '../host/hostTypes';
import { htmlToText } from '../shared/SafeHtml';
import { safeUrl } from '../shared/safeUrl';
import { ShareSettings } from './Activities.types';
import { venueLabel } from './activityFormat';
import { MyStatus } from './slotView';

/**
 * A Teams deep link inside Teams (when the app ids are configured), else the page URL with
 * only ?activity=<id>: the sharer's own parameters (?as=, ?mode=…) and #fragment stay behind.
 */
export function shareLinkFor(activity: Activity, share: ShareSettings, hostKind: HostKind): string {
  const pageLink = activityShareUrl(share.pageUrl, activity.id);
  if (hostKind === 'teams' && share.teamsAppId && share.teamsEntityId) {
    return teamsTabDeepLink({
      appId: share.teamsAppId,
      entityId: share.teamsEntityId,
      activityId: activity.id,
      webUrl: pageLink,
      label: activity.title
    });
  }
  return pageLink;
}

/** The online meeting link, only for someone with a confirmed place. */
export function meetingUrlFor(activity: Activity, my: MyStatus): string | undefined {
  if (my.kind !== 'confirmed' || activity.venue.kind === 'onSite') {
    return undefined;
  }
  return safeUrl(activity.venue.meetingUrl);
}

export interface IcsFile {
  fileName: string;
  content: string;
}

export function icsFile(
  activity: Activity,
  sessions: ActivitySession[],
  sessionDate: string | null,
  options: { now: Date; uidDomain: string; url: string; meetingUrl: string | undefined; tentative: boolean }
): IcsFile {
  return {
    fileName: icsFileName(activity, sessionDate),
    content: buildIcs(activity, {
      sessions,
      uidDomain: options.uidDomain,
      url: options.url,
      now: options.now,
      organizerEmail: activity.organiser.email || undefined,
      locationText: venueLabel(activity),
      description: htmlToText(activity.descriptionHtml),
      meetingUrl: options.meetingUrl,
      meetingLabel: strings.ActivitiesMeetingLabel,
      tentative: options.tentative,
      reminderText: formatString(strings.ActivitiesReminder, DEFAULT_REMINDER_MINUTES, activity.title)
    })
  };
}

/** Saves the file through a Blob URL (no server round trip). */
export function downloadFile(file: IcsFile): void {
  const blob = new Blob([file.content], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  // Clicked detached: adding it to <body> would make the open dialog's focus trap
  // (which hides everything outside the dialog from screen readers) re-evaluate the page.
  link.click();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export function outlookLinkFor(activity: Activity, session: ActivitySession, url: string, meetingUrl: string | undefined): string {
  const description = htmlToText(activity.descriptionHtml);
  const body = [meetingUrl ? `${strings.ActivitiesMeetingLabel}: ${meetingUrl}` : '', url, description].filter((s) => !!s).join('\n\n');
  return outlookComposeUrl({
    subject: activity.title,
    start: session.startsAt,
    end: session.endsAt,
    location: venueLabel(activity),
    body
  });
}
