import { teamsTabDeepLink } from '../../core/links/activityLinks';
import { noticeMessage } from '../../core/notifications/noticeText';
import { Notice, peopleTold } from '../../core/notifications/whoIsTold';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { Activity } from '../../core/types';
import { NotTold, TellOutcome } from '../contracts/ITellOutcome';
import { GraphRequester } from './graphRequester';
import { sendTeamsNotifications, TeamsNotification } from './teamsNotifier';

/**
 * Tells participants in their Teams activity feed what happened to their sign-up, from the
 * acting person's own client (delegated TeamsActivity.Send). Best effort by design: the
 * change itself is already saved, and every participant also sees it in the app
 * ("Gewijzigd sinds je aanmelding", "Je hebt een plek", the date's reason), so a missing
 * consent, throttling or a lost answer loses nothing and is reported, never thrown.
 */

export interface MessengerOptions {
  graph: GraphRequester;
  /** The Teams app id Teams reports at run time (org-catalog uploads get their own). */
  teamsAppId: string;
  /** The personal tab's entityId (the Activiteiten component id): deep links open the activity there. */
  activitiesEntityId: string;
  /** Language of the preview text (the manifest's template is localised by Teams). */
  locale: DisplayLocale;
  /** Waits between a throttled send and its one retry (tests pass a fake). */
  wait?: (seconds: number) => Promise<void>;
}

export interface ParticipantMessenger {
  tell(activity: Activity, notices: ReadonlyArray<Notice>, upnOf: (personId: number) => string | undefined, senderId: number): Promise<TellOutcome>;
}

function reasonOf(statuses: number[], noAddress: number): NotTold | undefined {
  if (statuses.some((s) => s === 401 || s === 403)) {
    return 'noConsent';
  }
  if (statuses.some((s) => s === 429 || s === 503)) {
    return 'throttled';
  }
  if (statuses.length > 0) {
    return 'failed';
  }
  return noAddress > 0 ? 'noAddress' : undefined;
}

export function participantMessenger(options: MessengerOptions): ParticipantMessenger {
  return {
    tell: async (activity, notices, upnOf, senderId) => {
      // Graph refuses notifying oneself; an organiser signed up for their own activity knows.
      const forOthers = notices.filter((n) => n.personId !== senderId);
      const items: TeamsNotification[] = [];
      const itemPerson: number[] = [];
      let noAddress = 0;
      const unreachable: { [personId: number]: boolean } = {};
      for (const notice of forOthers) {
        const upn = upnOf(notice.personId);
        if (!upn) {
          if (!unreachable[notice.personId]) {
            unreachable[notice.personId] = true;
            noAddress++;
          }
          continue;
        }
        const message = noticeMessage(notice, activity, options.locale);
        items.push({
          recipientUpn: upn,
          activityType: message.activityType,
          topicTitle: activity.title,
          deepLink: teamsTabDeepLink({ appId: options.teamsAppId, entityId: options.activitiesEntityId, activityId: activity.id }),
          previewText: message.previewText,
          templateParameters: message.templateParameters
        });
        itemPerson.push(notice.personId);
      }
      const count = peopleTold(forOthers);
      if (items.length === 0) {
        return { people: count, told: 0, notTold: count, reason: reasonOf([], noAddress), requests: 0 };
      }
      const result = await sendTeamsNotifications(options.graph, items, { teamsAppId: options.teamsAppId, wait: options.wait });
      // A person counts as told when every notice for them went out.
      const failedUpns: { [upn: string]: boolean } = {};
      result.failed.forEach((f) => (failedUpns[f.recipientUpn.toLowerCase()] = true));
      const missed: { [personId: number]: boolean } = { ...unreachable };
      items.forEach((item, i) => {
        if (failedUpns[item.recipientUpn.toLowerCase()]) {
          missed[itemPerson[i]] = true;
        }
      });
      const notTold = Object.keys(missed).length;
      return {
        people: count,
        told: count - notTold,
        notTold,
        reason: notTold > 0 ? reasonOf(result.failed.map((f) => f.status), noAddress) : undefined,
        requests: result.requests
      };
    }
  };
}
