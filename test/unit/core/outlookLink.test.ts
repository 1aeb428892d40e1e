import { OUTLOOK_BODY_MAX_LENGTH, outlookComposeUrl } from '../../../src/core';

describe('outlookComposeUrl', () => {
  const event = {
    subject: "Workshop 'Overgang & Werk' — één uur 🚀",
    start: new Date('2026-10-27T11:15:00.000Z'),
    end: new Date('2026-10-27T12:00:00.000Z'),
    location: 'Stadhuis, zaal "De Maas" #2',
    body: 'Regel 1\nRegel 2 & meer'
  };

  it('points at Outlook on the web compose with rru=addevent', () => {
    const url = outlookComposeUrl(event);
    expect(url.indexOf('https://outlook.office.com/calendar/action/compose?')).toBe(0);
    expect(new URL(url).searchParams.get('rru')).toBe('addevent');
  });

  it('round-trips subject, location and times through a standard URL parser', () => {
    const params = new URL(outlookComposeUrl(event)).searchParams;
    expect(params.get('subject')).toBe(event.subject);
    expect(params.get('location')).toBe(event.location);
    expect(params.get('startdt')).toBe('2026-10-27T11:15:00Z');
    expect(params.get('enddt')).toBe('2026-10-27T12:00:00Z');
    expect(params.get('body')).toBe('Regel 1<br>Regel 2 & meer');
  });

  it('encodes quotes, ampersands, # and unicode so no value leaks into the URL structure', () => {
    const url = outlookComposeUrl(event);
    const query = url.substring(url.indexOf('?') + 1);
    expect(query).not.toMatch(/['"#\s]/);
    expect(query.split('&').map((pair) => pair.split('=')[0])).toEqual(['rru', 'subject', 'startdt', 'enddt', 'location', 'body']);
    expect(url).toContain('subject=Workshop%20%27Overgang%20%26%20Werk%27%20%E2%80%94%20%C3%A9%C3%A9n%20uur%20%F0%9F%9A%80');
  });

  it('omits empty location and body', () => {
    const params = new URL(outlookComposeUrl({ subject: 'x', start: event.start, end: event.end })).searchParams;
    expect(params.has('location')).toBe(false);
    expect(params.has('body')).toBe(false);
  });

  it('shortens a long body with an ellipsis without splitting an emoji', () => {
    const body = 'a'.repeat(OUTLOOK_BODY_MAX_LENGTH - 3) + '😀😀😀😀';
    const sent = new URL(outlookComposeUrl({ ...event, body: body })).searchParams.get('body')!;
    expect(sent.length).toBeLessThanOrEqual(OUTLOOK_BODY_MAX_LENGTH);
    expect(sent.endsWith('\u2026')).toBe(true);
    expect(sent).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(sent).not.toContain('\ufffd');
  });

  it('refuses an invalid date', () => {
    expect(() => outlookComposeUrl({ ...event, start: new Date('nope') })).toThrow(RangeError);
  });
});
