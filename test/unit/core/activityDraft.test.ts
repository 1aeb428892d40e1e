import { lunchWalkDraft } from '../../support/drafts';
import { ActivityDraft, DraftRules, validateActivityDraft, draftFirstStart, draftDeadline } from '../../../src/core/activities/activityDraft';

const NOW = new Date('2026-11-22T10:00:00Z'); // Sunday 22 Nov 2026, 11:00 in Amsterdam

const valid: ActivityDraft = lunchWalkDraft({ descriptionHtml: '<p>Samen een rondje.</p>', dates: ['2026-11-24', '2026-12-01', '2026-12-08'] });

const rules: DraftRules = { now: NOW, locations: ['Stadhuis Markt', 'Mosae Forum'], mayPublishPrivate: false };

function codes(draft: Partial<ActivityDraft>, r: Partial<DraftRules> = {}): string[] {
  return validateActivityDraft({ ...valid, ...draft }, { ...rules, ...r }).map((e) => `${e.field}:${e.code}`);
}

describe('validateActivityDraft', () => {
  it('accepts a complete weekly lunch walk', () => {
    expect(codes({})).toEqual([]);
  });

  it('requires a title, a pillar, dates and times', () => {
    expect(codes({ title: '   ', pillar: '', dates: [], startTime: '', endTime: '' })).toEqual(
      expect.arrayContaining(['title:required', 'pillar:required', 'dates:required', 'startTime:required', 'endTime:required'])
    );
  });

  it('caps text at 255 UTF-16 units, as SharePoint counts (an emoji is 2)', () => {
    expect(codes({ title: 'a'.repeat(255) })).toEqual([]);
    expect(codes({ title: 'a'.repeat(256) })).toEqual(['title:maxLength']);
    expect(codes({ title: 'a'.repeat(254) + '🏃' })).toEqual(['title:maxLength']);
  });

  it('lets HTML, quotes and OData syntax through as text (stored and shown harmlessly)', () => {
    expect(codes({ title: "<script>alert(1)</script> 't Hof eq 'x' or 1 eq 1" })).toEqual([]);
  });

  it('rejects impossible and past dates, and sessions that already began today', () => {
    expect(codes({ dates: ['2026-02-30', '2026-12-01'] })).toEqual(['dates:dateInvalid']);
    expect(codes({ dates: ['2026-11-20', '2026-12-01'] })).toEqual(['dates:dateInPast']);
    // Today 11:00 Amsterdam: a 10:30 session today has started, a 12:15 one has not.
    expect(codes({ shape: 'oneOff', dates: ['2026-11-22'], startTime: '10:30', endTime: '11:30' })).toEqual(['dates:dateInPast']);
    expect(codes({ shape: 'oneOff', dates: ['2026-11-22'] })).toEqual([]);
    expect(codes({ dates: ['2026-11-20', '2026-12-01'] }, { allowPastDates: true })).toEqual([]);
  });

  it('wants one date for a one-off event and 2..52 for a series', () => {
    expect(codes({ shape: 'oneOff' })).toEqual(['dates:countOutOfRange']);
    expect(codes({ shape: 'programme', dates: ['2026-12-01'] })).toEqual(['dates:countOutOfRange']);
  });

  it('wants the end after the start', () => {
    expect(codes({ endTime: '12:15' })).toEqual(['endTime:timeOrder']);
    expect(codes({ endTime: '25:00' })).toEqual(['endTime:timeInvalid']);
  });

  it('needs a configured location on site, an https meeting link online, both when hybrid', () => {
    expect(codes({ location: 'Mijn tuin' })).toEqual(['location:notInList']);
    expect(codes({ location: 'Mijn tuin' }, { locations: [] })).toEqual([]);
    expect(codes({ venueKind: 'online', location: '' })).toEqual(['meetingUrl:required']);
    expect(codes({ venueKind: 'online', meetingUrl: 'http://teams.example/x' })).toEqual(['meetingUrl:urlNotHttps']);
    expect(codes({ venueKind: 'online', meetingUrl: 'javascript:alert(1)' })).toEqual(['meetingUrl:urlNotHttps']);
    expect(codes({ venueKind: 'hybrid', location: '', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' })).toEqual(['location:required']);
  });

  it('wants a whole capacity of at least 1 unless unlimited', () => {
    expect(codes({ capacity: '0' })).toEqual(['capacity:wholeNumberMin']);
    expect(codes({ capacity: '2.5' })).toEqual(['capacity:wholeNumberMin']);
    expect(codes({ capacity: '' })).toEqual(['capacity:required']);
    expect(codes({ capacity: '', unlimited: true })).toEqual([]);
  });

  it('wants the deadline before the first session and not in the past', () => {
    expect(codes({ deadlineDate: '2026-11-24', deadlineTime: '12:00' })).toEqual([]);
    expect(codes({ deadlineDate: '2026-11-24', deadlineTime: '12:30' })).toEqual(['deadline:dateOrder']);
    expect(codes({ deadlineDate: '2026-11-21', deadlineTime: '12:00' })).toEqual(['deadline:dateInPast']);
    expect(codes({ deadlineDate: '2026-13-01', deadlineTime: '12:00' })).toEqual(['deadline:dateInvalid']);
  });

  it('lets only coordinators publish private activities', () => {
    expect(codes({ isPrivate: true })).toEqual(['isPrivate:notAllowed']);
    expect(codes({ isPrivate: true }, { mayPublishPrivate: true })).toEqual([]);
  });

  it('keeps a private session’s meeting link out of the (readable by all) activities list', () => {
    const online = { venueKind: 'online' as const, location: '', isPrivate: true };
    expect(codes({ ...online, meetingUrl: '' }, { mayPublishPrivate: true })).toEqual([]);
    expect(codes({ ...online, meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' }, { mayPublishPrivate: true })).toEqual(['meetingUrl:privateLink']);
    // Public online sessions still need their link.
    expect(codes({ ...online, isPrivate: false, meetingUrl: '' })).toEqual(['meetingUrl:required']);
  });

  it('computes instants in Amsterdam time across DST', () => {
    // Sunday 29 March 2026: clocks go forward at 02:00; 09:00 is CEST = 07:00Z.
    expect(draftFirstStart({ ...valid, dates: ['2026-03-29'], startTime: '09:00' })!.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(draftFirstStart({ ...valid, dates: ['2026-10-25'], startTime: '09:00' })!.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(draftDeadline({ ...valid, deadlineDate: '2026-10-24', deadlineTime: '' })!.toISOString()).toBe('2026-10-24T21:59:00.000Z');
    expect(draftDeadline(valid)).toBeUndefined();
  });
});
