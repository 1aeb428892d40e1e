import { DataError } from '../../../src/core/errors';
import type { PublishedYear } from '../../../src/core/participation/publicationTypes';
import { ParticipationApi, ParticipationDashboard } from '../../../src/data/contracts/IParticipationApi';

/**
 * A hand-built 2026 as the dashboard would publish it on 20 Jul 2026: Q1 and Q2 ready, Q3 open,
 * Q4 and the year open; June hidden as "< 5"; the Malberg location "< 5" in Q2 (and the year
 * protected). Values chosen to be recognisable in assertions (e.g. 137, 241).
 */
export function year2026(): PublishedYear {
  return {
    year: 2026,
    months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    monthStatus: ['ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'open', 'open', 'open', 'open', 'open', 'open'],
    signUpsByMonth: [41, 52, 'protect', 63, 71, 'small', 'withheld', 'withheld', 'withheld', 'withheld', 'withheld', 'withheld'],
    columns: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026'],
    columnStatus: ['ready', 'ready', 'open', 'open', 'open'],
    signUps: [137, 138, 'withheld', 'withheld', 'withheld'],
    breakdowns: [
      {
        name: 'outcome',
        rows: [
          { key: 'placedWithLimit', cells: [80, 90, 'withheld', 'withheld', 'withheld'] },
          { key: 'placedNoLimit', cells: [30, 25, 'withheld', 'withheld', 'withheld'] },
          { key: 'waiting', cells: ['small', 'protect', 'withheld', 'withheld', 'withheld'] },
          { key: 'cancelledOnTime', cells: [12, 11, 'withheld', 'withheld', 'withheld'] },
          { key: 'cancelledLate', cells: [0, 'small', 'withheld', 'withheld', 'withheld'] },
          { key: 'cancelledTimeUnknown', cells: [0, 0, 'withheld', 'withheld', 'withheld'] },
          { key: 'calledOff', cells: [6, 5, 'withheld', 'withheld', 'withheld'] }
        ]
      },
      {
        name: 'pillar',
        rows: [
          { key: 'Kracht', cells: [60, 70, 'withheld', 'withheld', 'withheld'] },
          { key: 'Samen', cells: [50, 48, 'withheld', 'withheld', 'withheld'] },
          { key: 'Beter', cells: [21, 'small', 'withheld', 'withheld', 'withheld'] }
        ]
      },
      {
        name: 'activity',
        rows: [
          { key: '12', cells: [60, 70, 'withheld', 'withheld', 'withheld'] },
          { key: '7', cells: [50, 48, 'withheld', 'withheld', 'withheld'] },
          { key: '31', cells: [21, 'small', 'withheld', 'withheld', 'withheld'] }
        ],
        labels: { '12': 'Bootcamp', '7': 'Lunchwandeling', '31': 'Stoelyoga Malberg' },
        groups: { '12': 'Kracht', '7': 'Samen', '31': 'Beter' },
        spans: { '12': ['2026-01-06', '2026-03-31'], '7': ['2025-11-04', '2026-02-24'] }
      },
      {
        name: 'shape',
        rows: [
          { key: 'oneOff', cells: [40, 45, 'withheld', 'withheld', 'withheld'] },
          { key: 'weeklyDropIn', cells: [70, 66, 'withheld', 'withheld', 'withheld'] },
          { key: 'programme', cells: [21, 'protect', 'withheld', 'withheld', 'withheld'] }
        ]
      },
      {
        name: 'location',
        rows: [
          { key: 'Stadhuis', cells: [100, 99, 'withheld', 'withheld', 'withheld'] },
          { key: 'Wijkcentrum Malberg', cells: [0, 'small', 'withheld', 'withheld', 'withheld'] },
          { key: 'onbekend', cells: [31, 'protect', 'withheld', 'withheld', 'withheld'] }
        ]
      },
      { name: 'department', rows: [{ key: 'Sociaal Domein', cells: [131, 241, 'withheld', 'withheld', 'withheld'] }] },
      { name: 'office', rows: [{ key: 'onbekend', cells: [131, 241, 'withheld', 'withheld', 'withheld'] }] }
    ],
    totals: {
      uniqueParticipants: [88, 91, 'withheld', 'withheld', 'withheld'],
      repeatParticipants: [30, 'small', 'withheld', 'withheld', 'withheld'],
      attendance: [55, 60, 'withheld', 'withheld', 'withheld'],
      attendanceExpected: [64, 66, 'withheld', 'withheld', 'withheld'],
      placesOffered: [120, 130, 'withheld', 'withheld', 'withheld'],
      sessions: [24, 26, 'withheld', 'withheld', 'withheld'],
      sessionsCalledOff: [2, 0, 'withheld', 'withheld', 'withheld']
    },
    fillRate: [0.6667, 0.75, 'withheld', 'withheld', null],
    attendanceRate: [0.859375, 'protect', 'withheld', 'withheld', 'withheld'],
    directoryUnavailable: false
  };
}

/** A year without any figure: every month and column open (1 Jan). */
export function emptyYear(year: number): PublishedYear {
  const y = year2026();
  const w = (n: number): Array<'withheld'> => Array.from({ length: n }, () => 'withheld' as const);
  return {
    ...y,
    year,
    months: y.months.map((m) => `${year}${m.slice(4)}`),
    monthStatus: y.monthStatus.map(() => 'open'),
    signUpsByMonth: w(12),
    columns: [`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, String(year)],
    columnStatus: ['open', 'open', 'open', 'open', 'open'],
    signUps: w(5),
    breakdowns: [],
    fillRate: w(5),
    attendanceRate: w(5)
  };
}

/** A fake ParticipationApi: answers per year, records the requests and can fail a compute. */
export class FakeParticipationApi implements ParticipationApi {
  public dashboards: { [year: number]: ParticipationDashboard | Error } = {};
  public dashboardCalls: number[] = [];
  public computeCalls: string[] = [];
  /** Periods whose next compute fails (once each). */
  public failOnce: Set<string> = new Set();
  /** Called after a successful compute of a period (tests update `dashboards` here). */
  public afterCompute: (period: string) => void = () => undefined;

  public stored(): never {
    throw new Error('the dashboard must not read stored figures itself');
  }

  public async compute(period: string): Promise<never> {
    this.computeCalls.push(period);
    await Promise.resolve();
    if (this.failOnce.has(period)) {
      this.failOnce.delete(period);
      throw new DataError('network', 'Failed to fetch');
    }
    this.afterCompute(period);
    return {} as never;
  }

  public async dashboard(year: number): Promise<ParticipationDashboard> {
    this.dashboardCalls.push(year);
    await Promise.resolve();
    const answer = this.dashboards[year];
    if (!answer) return { published: emptyYear(year), missing: [] };
    if (answer instanceof Error) throw answer;
    return answer;
  }
}
