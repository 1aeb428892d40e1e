import { ActivityDraft } from '../../src/core/activities/activityDraft';

/** A complete, valid weekly lunch walk as the studio form would send it: plain test data. */
export function lunchWalkDraft(overrides: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    title: 'Lunchwandeling',
    descriptionHtml: '<p>Rondje Stadspark</p>',
    pillar: 'Samen',
    shape: 'weeklyDropIn',
    dates: ['2026-12-01', '2026-12-08'],
    startTime: '12:15',
    endTime: '13:00',
    venueKind: 'onSite',
    location: 'Stadhuis Markt',
    meetingUrl: '',
    capacity: '15',
    unlimited: false,
    deadlineDate: '',
    deadlineTime: '',
    isPrivate: false,
    imageUrl: '',
    ...overrides
  };
}
