import { StudioLocation, StudioLocationInput } from '../../core/activities/locations';

export type { StudioLocation, StudioLocationInput };

/**
 * The list "SamenBeter Locaties": the places activities happen, kept by the site owners.
 * Everyone reads; SharePoint refuses anyone else's writes (403 → 'accessDenied').
 */
export interface ILocationRepository {
  /**
   * Every location, retired ones too, by name. No silent cap: pages of 2,000 rows, Id windows
   * past 5,000 (readAllById) — a list of places never needs more than the first request.
   */
  all(): Promise<StudioLocation[]>;
  /** Owners only. */
  add(location: StudioLocationInput): Promise<StudioLocation>;
  /** Owners only: name, address, map link, kind and active as given. */
  update(id: number, location: StudioLocationInput): Promise<StudioLocation>;
  /** Owners only: retire (false) or restore (true); activities that use it keep their copy. */
  setActive(id: number, active: boolean): Promise<void>;
}
