import { teamsGroupChatLinks, TEAMS_DEEP_LINK_MAX_LENGTH, TEAMS_GROUP_CHAT_MAX_MEMBERS } from '../../../src/core/links/teamsChat';

function usersOf(url: string): string[] {
  const query = url.split('?')[1];
  const users = query.split('&').filter((p) => p.indexOf('users=') === 0)[0];
  return decodeURIComponent(users.slice('users='.length)).split(',');
}

function param(url: string, name: string): string | undefined {
  const pair = url.split('?')[1].split('&').filter((p) => p.indexOf(name + '=') === 0)[0];
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : undefined;
}

describe('Teams group chat deep links', () => {
  it('one link for a small group, with topic and message, duplicates dropped', () => {
    const links = teamsGroupChatLinks(['a@x.example', 'B@x.example', 'a@x.example', ' ', 'b@x.example'], "Lunchwandeling di 24 nov & 't Hof", 'Hoi!');
    expect(links).toHaveLength(1);
    expect(links[0].url.indexOf('https://teams.microsoft.com/l/chat/0/0?users=')).toBe(0);
    expect(usersOf(links[0].url)).toEqual(['a@x.example', 'B@x.example']);
    expect(param(links[0].url, 'topicName')).toBe("Lunchwandeling di 24 nov & 't Hof");
    expect(param(links[0].url, 'message')).toBe('Hoi!');
    // Spaces and quotes are percent-encoded: the link survives being pasted into a message.
    expect(links[0].url).not.toMatch(/\s|'/);
  });

  it('splits long lists so every link stays under the URL and member limits, losing nobody', () => {
    const emails = Array.from({ length: 300 }, (_, i) => `medewerker.nummer${i}@maastricht.example`);
    const links = teamsGroupChatLinks(emails, 'Start to Run');
    expect(links.length).toBeGreaterThan(1);
    const all: string[] = [];
    links.forEach((l, i) => {
      expect(l.url.length).toBeLessThanOrEqual(TEAMS_DEEP_LINK_MAX_LENGTH);
      expect(l.emails.length).toBeLessThanOrEqual(TEAMS_GROUP_CHAT_MAX_MEMBERS);
      expect(usersOf(l.url)).toEqual(l.emails);
      expect(param(l.url, 'topicName')).toBe(`Start to Run (${i + 1}/${links.length})`);
      all.push(...l.emails);
    });
    expect(all).toEqual(emails);
  });

  it('no people, no links', () => {
    expect(teamsGroupChatLinks([], 'x')).toEqual([]);
  });
});

describe('upnFromLogin', () => {
  it('takes the sign-in name from a membership claim, nothing from other principals', async () => {
    const { upnFromLogin } = await import('../../../src/core/links/teamsChat');
    expect(upnFromLogin('i:0#.f|membership|anouk.janssen@gemeentemaastricht.nl')).toBe('anouk.janssen@gemeentemaastricht.nl');
    expect(upnFromLogin('I:0#.F|MEMBERSHIP|Ruud@x.nl')).toBe('Ruud@x.nl');
    expect(upnFromLogin('c:0t.c|tenant|5a1d0c7e-0b4e-4a59-9a57-3f2c6a8e1b01')).toBeUndefined();
    expect(upnFromLogin('SHAREPOINT\\\\system')).toBeUndefined();
    expect(upnFromLogin(undefined)).toBeUndefined();
  });
});
