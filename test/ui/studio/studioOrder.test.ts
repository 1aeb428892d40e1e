import { byNextSession } from '../../../src/ui/studio/studioOrder';
import { countsText } from '../../../src/ui/studio/countsText';
import { Activity } from '../../../src/core/types';
import { EditableActivity } from '../../../src/data/contracts/IActivityEditor';

// Issue "Field-ready": "Mijn activiteiten" was in publish order, and "0 bevestigd / 2 plaatsen /
// 0 op de wachtlijst" was hard to read on a phone.

const NOW = new Date('2026-12-04T09:00:00Z');

function item(id: number, dates: string[]): EditableActivity {
  const activity: Activity = {
    id, title: `A${id}`, descriptionHtml: '', pillar: 'Samen', shape: dates.length > 1 ? 'weeklyDropIn' : 'oneOff', dates, startTime: '12:15', endTime: '13:00',
    venue: { kind: 'onSite', location: 'Stadhuis' }, capacity: 10, signUpDeadline: null, isPrivate: false, status: 'open', organiser: { id: 1, name: '', email: '' }, imageUrl: null
  };
  return { activity, etag: '"1"' };
}

describe('Mijn activiteiten order', () => {
  it('puts what comes next first (by its next session, not its first), then what has ended, most recent first', () => {
    const items = [
      item(1, ['2026-12-20']),
      item(2, ['2026-11-01']),
      item(3, ['2026-11-24', '2026-12-08']), // a series that started but has a date to come
      item(4, ['2026-12-05']),
      item(5, ['2026-11-20'])
    ];
    expect(byNextSession(items, NOW).map((i) => i.activity.id)).toEqual([4, 3, 1, 5, 2]);
  });
});

describe('counts an organiser reads at a glance', () => {
  it('says places taken of the capacity, names the waiting list only when someone waits, and uses the singular for one place', () => {
    expect(countsText({ confirmed: 0, waiting: 0 }, 2)).toBe('0 van 2 plekken bezet');
    expect(countsText({ confirmed: 1, waiting: 3 }, 1)).toBe('1 van 1 plek bezet · 3 op de wachtlijst');
    expect(countsText({ confirmed: 14, waiting: 0 }, null)).toBe('14 aangemeld (geen maximum)');
  });
});
