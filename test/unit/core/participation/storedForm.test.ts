import { emptyFigures, emptyPeopleFigures, FIGURES_DEFINITIONS_VERSION, ParticipationFigures } from '../../../../src/core/participation/figureTypes';
import { fromStored, STORED_FIGURES_MAX_CHARS, storedForm } from '../../../../src/core/participation/storedForm';

/** A busy month: `count` public activities, each with realistic non-zero figures and a long title. */
function busyMonth(count: number): ParticipationFigures {
  const cell = (n: number) => ({
    ...emptyFigures(),
    signUps: 40 + n,
    placesTaken: 30 + n,
    cancellations: 6,
    lateCancellations: 2,
    waitingNoPlace: 4,
    uniqueParticipants: 28,
    repeatParticipants: 9,
    placesOffered: 36,
    placesTakenOfOffered: 30,
    sessions: 4,
    attendance: 27,
    sessionsWithAttendance: 3,
    attendanceExpected: 29
  });
  const f: ParticipationFigures = {
    definitionsVersion: FIGURES_DEFINITIONS_VERSION,
    months: ['2026-10'],
    total: cell(1000),
    unlisted: { ...emptyFigures(), signUps: 12, placesTaken: 12 },
    byPillar: { Kracht: cell(1), Samen: cell(2), Beter: cell(3) },
    byActivity: {},
    byShape: { oneOff: cell(4), weeklyDropIn: cell(5), programme: cell(6) },
    byLocation: {},
    byDepartment: {},
    byOffice: {},
    activities: {}
  };
  for (let i = 0; i < count; i++) {
    f.byActivity[String(10000 + i)] = cell(i);
    f.activities[String(10000 + i)] = { title: `Lunchwandeling langs de Maas en door het Stadspark ${i}`, pillar: 'Samen', shape: 'weeklyDropIn', location: `Stadhuis Markt, vergaderzaal ${i % 12}`, firstDate: '2026-09-01', lastDate: '2026-12-15' };
  }
  for (let i = 0; i < 12; i++) f.byLocation[`Stadhuis Markt, vergaderzaal ${i}`] = cell(i);
  for (let i = 0; i < 25; i++) f.byDepartment[`Afdeling ${i}`] = { ...emptyPeopleFigures(), signUps: 30, placesTaken: 25 };
  for (let i = 0; i < 8; i++) f.byOffice[`Kantoor ${i}`] = { ...emptyPeopleFigures(), signUps: 90 };
  return f;
}

describe('storedForm: what a period keeps in its row', () => {
  it('a month with 150 public activities fits the column, and reads back as computed', () => {
    const month = busyMonth(150);
    const kept = storedForm('2026-10', month);
    const length = JSON.stringify(kept).length;
    console.log(`stored month, 150 activities: ${length} characters (full form ${JSON.stringify(month).length}, limit ${STORED_FIGURES_MAX_CHARS})`);
    expect(length).toBeLessThan(STORED_FIGURES_MAX_CHARS);
    const read = fromStored(JSON.parse(JSON.stringify(kept))) as ParticipationFigures;
    // Everything reads back as computed, except that an activity keeps its sign-ups only.
    expect({ ...read, byActivity: {} }).toEqual({ ...month, byActivity: {} });
    for (const id of Object.keys(month.byActivity)) expect(read.byActivity[id]).toEqual({ ...emptyFigures(), signUps: month.byActivity[id].signUps });
  });

  it('leaves zeros out', () => {
    const kept = storedForm('2026-10', busyMonth(1));
    expect(kept.unlisted).toEqual({ signUps: 12, placesTaken: 12 });
    expect(Object.keys(kept.byDepartment['Afdeling 0'])).toEqual(['signUps', 'placesTaken']);
  });

  it('keeps a quarter or a year to its totals (unique and repeat participants are all the dashboard takes from them)', () => {
    const quarter = { ...busyMonth(150), months: ['2026-10', '2026-11', '2026-12'] };
    const kept = storedForm('2026-Q4', quarter);
    expect([kept.byActivity, kept.byPillar, kept.byDepartment, kept.activities]).toEqual([{}, {}, {}, {}]);
    expect((fromStored(kept) as ParticipationFigures).total).toEqual(quarter.total);
  });

  it('refuses, in words, what would not fit — never cut silently', () => {
    expect(() => storedForm('2026-10', busyMonth(400))).toThrow(/2026-10 need \d+ characters; the column holds 63000/);
  });
});
