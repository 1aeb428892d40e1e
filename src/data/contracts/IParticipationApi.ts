import { ParticipationFigures } from '../../core/participation/figureTypes';
import { PublishedYear } from '../../core/participation/publicationTypes';
import { StoredFigures } from './IParticipationFiguresRepository';

/** One year of figures as the dashboard shows them. */
export interface ParticipationDashboard {
  /** After the small-group rule: what may be shown and exported. */
  published: PublishedYear;
  /** Periods that are over but were not computed yet, months first ('YYYY-MM', 'YYYY-Qn', 'YYYY'). */
  missing: string[];
}

/**
 * The participation figures of closed periods (issue 13), for owners. Computing a period reads
 * its activities, every sign-up of their slots from both lists, and the attendance; the result
 * (aggregates only) is stored, so opening the figures later costs one request.
 */
export interface ParticipationApi {
  /** The stored figures of these periods ('YYYY-MM', 'YYYY-Qn', 'YYYY'; at most 40), in one request. */
  stored(periods: ReadonlyArray<string>): Promise<Array<StoredFigures<ParticipationFigures>>>;
  /** Computes a period that is over and stores it (again). A period not yet over: RangeError. */
  compute(period: string, now: Date): Promise<StoredFigures<ParticipationFigures>>;
  /**
   * The dashboard of one year: its stored figures (17 periods) in ONE request, run through the
   * small-group rule. Anyone but an owner: 'accessDenied' (SharePoint's 404 for a list they may
   * not see, told apart from a site that is not set up: 'notProvisioned'). Stored rows of an older
   * definition count as missing.
   */
  dashboard(year: number, now: Date): Promise<ParticipationDashboard>;
}
