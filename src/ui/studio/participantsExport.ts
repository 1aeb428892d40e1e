import * as strings from 'SamenBeterStrings';
import { participantsCsv, ParticipantRow } from '../../core/export/participantsCsv';
import { GroupChatLink, teamsGroupChatLinks } from '../../core/links/teamsChat';
import { Activity } from '../../core/types';
import { SlotParticipants } from '../../data/contracts/IStudioApi';
import { formatString } from '../shared/formatString';

/** The CSV text (UTF-8 BOM, ';', Dutch dates: core's participantsCsv) and a file name. */
export function participantsFile(activity: Activity, slot: SlotParticipants): { filename: string; text: string } {
  const rows: ParticipantRow[] = slot.confirmed
    .map((p) => ({ p, status: strings.StudioConfirmed }))
    .concat(slot.waiting.map((p) => ({ p, status: formatString(strings.StudioWaitingPosition, p.outcome.position || 0) })))
    .map(({ p, status }) => ({
      name: p.registration.person.name,
      email: p.registration.person.email,
      status,
      sessionDate: slot.sessionDate || '',
      registeredAt: p.registration.registeredAt
    }));
  const text = participantsCsv(rows, {
    name: strings.StudioCsvName,
    email: strings.StudioCsvEmail,
    status: strings.StudioCsvStatus,
    sessionDate: strings.StudioCsvDate,
    registeredAt: strings.StudioCsvRegistered
  });
  const date = slot.sessionDate || activity.dates[0] || '';
  const base = `${activity.title} ${date}`
    .split('')
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.indexOf(c) >= 0 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/ /g, '-');
  return { filename: `${base || 'deelnemers'}.csv`, text };
}


/** "Chat met deelnemers": the confirmed people, split when over Teams' group chat limits. */
export function chatLinks(activity: Activity, slot: SlotParticipants): GroupChatLink[] {
  return teamsGroupChatLinks(
    // Teams deep links address people by sign-in name (UPN); the e-mail when it is unknown.
    slot.confirmed.map((p) => p.registration.person.upn || p.registration.person.email).filter((e) => !!e),
    activity.title
  );
}
