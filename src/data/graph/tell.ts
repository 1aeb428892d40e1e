import { Notice, peopleTold } from '../../core/notifications/whoIsTold';
import { Activity } from '../../core/types';
import { TellOutcome } from '../contracts/ITellOutcome';
import type { ParticipantMessenger } from './participantMessenger';

// Apart from participantMessenger.ts so the views can call it without pulling the Graph code
// (the notifier, the batch sender) into the first download: the web parts load that on first send.

/** Tells through `messenger` when there is one; without it (no Graph in this host) nobody is told in Teams. */
export async function tell(
  messenger: ParticipantMessenger | undefined,
  activity: Activity,
  notices: ReadonlyArray<Notice>,
  upnOf: (personId: number) => string | undefined,
  senderId: number
): Promise<TellOutcome> {
  if (messenger) {
    return messenger.tell(activity, notices, upnOf, senderId);
  }
  const count = peopleTold(notices.filter((n) => n.personId !== senderId));
  return { people: count, told: 0, notTold: count, reason: count > 0 ? 'unavailable' : undefined, requests: 0 };
}
