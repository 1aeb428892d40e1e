import { attendanceByDate, attendanceKey, AttendanceRecord, isValidAttendance } from '../../../../src/core/participation/attendance';

const ORGANISER = 7;
const COLLEAGUE = 9;
const creatorOf = (activityId: number): number | undefined => (activityId === 38 ? ORGANISER : activityId === 40 ? COLLEAGUE : undefined);
const rec = (id: number, authorId: number, activityId: number, sessionDate: string, count: number): AttendanceRecord => ({ id, authorId, activityId, sessionDate, count });

describe('attendance: the organiser\'s newest count per date', () => {
  it('takes the newest item (highest Id) per date from the activity\'s creator', () => {
    const counts = attendanceByDate([rec(1, ORGANISER, 38, '2026-11-03', 12), rec(5, ORGANISER, 38, '2026-11-03', 14), rec(3, ORGANISER, 38, '2026-11-10', 9)], creatorOf);
    expect(counts).toEqual({ [attendanceKey(38, '2026-11-03')]: 14, [attendanceKey(38, '2026-11-10')]: 9 });
  });

  it('ignores a count a colleague added for someone else\'s activity, even a newer one', () => {
    const counts = attendanceByDate([rec(1, ORGANISER, 38, '2026-11-03', 12), rec(8, COLLEAGUE, 38, '2026-11-03', 0)], creatorOf);
    expect(counts).toEqual({ '38|2026-11-03': 12 });
  });

  it('ignores unknown activities, bad dates and counts outside 0–500 or not whole', () => {
    const counts = attendanceByDate(
      [rec(1, ORGANISER, 99, '2026-11-03', 3), rec(2, ORGANISER, 38, '2026-13-01', 3), rec(3, ORGANISER, 38, '2026-11-04', -1), rec(4, ORGANISER, 38, '2026-11-05', 2.5), rec(5, ORGANISER, 38, '2026-11-06', 501), rec(6, ORGANISER, 38, '2026-11-07', 0)],
      creatorOf
    );
    expect(counts).toEqual({ '38|2026-11-07': 0 });
    expect([isValidAttendance(0), isValidAttendance(500), isValidAttendance(501), isValidAttendance(NaN)]).toEqual([true, true, false, false]);
  });
});

describe('what the organiser types', () => {
  it('is a whole number 0–500, spaces around allowed', () => {
    const { parseAttendance } = jest.requireActual('../../../../src/core/participation/attendance') as typeof import('../../../../src/core/participation/attendance');
    expect(['14', ' 7 ', '0', '500'].map(parseAttendance)).toEqual([14, 7, 0, 500]);
    expect(['501', '-1', '3,5', '3.5', 'veertien', '', '1e2', '0x10'].map(parseAttendance)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
