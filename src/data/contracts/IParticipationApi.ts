import { ParticipationFigures } from '../../core/participation/figureTypes';
import { StoredFigures } from './IParticipationFiguresRepository';

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
}
