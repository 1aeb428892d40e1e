import { StudioLocation } from '../../core/activities/locations';
import { StudioApi } from '../../data/contracts/IStudioApi';

export interface LocationsPanelProps {
  api: Pick<StudioApi, 'loadLocations' | 'addLocation' | 'updateLocation' | 'setLocationActive'>;
  /** After every saved change: the whole list as it now is (the studio form offers it at once). */
  onChanged?: (locations: StudioLocation[]) => void;
}
