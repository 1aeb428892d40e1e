/**
 * "Chat met deelnemers": Teams deep links that open a group chat with the given people.
 * https://teams.microsoft.com/l/chat/0/0?users=a@x,b@x&topicName=…&message=…
 * Teams caps a group chat at 250 people, and very long URLs fail in browsers and in the
 * Teams client, so the list is split into several chats that each respect both limits.
 */
import { encodeQueryValue } from './queryString';

export const TEAMS_GROUP_CHAT_MAX_MEMBERS: number = 250;
/** Conservative URL length that every browser and the Teams clients accept. */
export const TEAMS_DEEP_LINK_MAX_LENGTH: number = 2000;

export interface GroupChatLink {
  url: string;
  emails: string[];
}

const BASE: string = 'https://teams.microsoft.com/l/chat/0/0?users=';

function buildUrl(emails: ReadonlyArray<string>, topic: string, message: string): string {
  let url: string = BASE + emails.map(encodeQueryValue).join(',');
  if (topic) {
    url += '&topicName=' + encodeQueryValue(topic);
  }
  if (message) {
    url += '&message=' + encodeQueryValue(message);
  }
  return url;
}

/**
 * Links for all `emails` (duplicates and blanks dropped, order kept). Numbered topics
 * ("Lunchwandeling (1/2)") when split. An address too long for any link is skipped
 * rather than producing a link that cannot open.
 */
export function teamsGroupChatLinks(emails: ReadonlyArray<string>, topic: string, message?: string): GroupChatLink[] {
  const unique: string[] = [];
  const seen: { [email: string]: boolean } = {};
  for (let i: number = 0; i < emails.length; i++) {
    const email: string = (emails[i] || '').replace(/^\s+|\s+$/g, '');
    const key: string = email.toLowerCase();
    if (email && !seen[key]) {
      seen[key] = true;
      unique.push(email);
    }
  }
  // First pass splits with a worst-case topic suffix, so numbering cannot push a link over.
  const groups: string[][] = [];
  let current: string[] = [];
  const suffixRoom: string = ' (99/99)';
  for (let i: number = 0; i < unique.length; i++) {
    const candidate: string[] = current.concat([unique[i]]);
    const fits: boolean =
      candidate.length <= TEAMS_GROUP_CHAT_MAX_MEMBERS &&
      buildUrl(candidate, topic + suffixRoom, message || '').length <= TEAMS_DEEP_LINK_MAX_LENGTH;
    if (fits) {
      current = candidate;
    } else if (current.length > 0) {
      groups.push(current);
      current = buildUrl([unique[i]], topic + suffixRoom, message || '').length <= TEAMS_DEEP_LINK_MAX_LENGTH ? [unique[i]] : [];
    }
  }
  if (current.length > 0) {
    groups.push(current);
  }
  const links: GroupChatLink[] = [];
  for (let g: number = 0; g < groups.length; g++) {
    const title: string = groups.length > 1 ? topic + ' (' + (g + 1) + '/' + groups.length + ')' : topic;
    links.push({ url: buildUrl(groups[g], title, message || ''), emails: groups[g] });
  }
  return links;
}

/**
 * The user principal name in a SharePoint login claim ('i:0#.f|membership|anouk@gemeente.nl'
 * → 'anouk@gemeente.nl'); undefined for anything that is not such a claim (groups, system).
 */
export function upnFromLogin(login: string | null | undefined): string | undefined {
  const match = /^i:0#\.f\|membership\|([^\s|]+@[^\s|]+)$/i.exec((login || '').trim());
  return match ? match[1] : undefined;
}

/** A Teams deep link (chat, app, meeting): inside a Teams tab it opens through TeamsJS. */
export function isTeamsDeepLink(url: string): boolean {
  return /^https:\/\/teams\.microsoft\.com\/l\//i.test(url);
}
