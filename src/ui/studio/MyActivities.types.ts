import { DisplayLocale } from '../../core/time/dutchFormat';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { StudioApi } from '../../data/contracts/IStudioApi';

export interface MyActivitiesProps {
  api: StudioApi;
  activities: ReadonlyArray<EditableActivity>;
  locale: DisplayLocale;
  now: () => Date;
  onEdit: (activity: EditableActivity) => void;
  /** An activity after cancel / reopen (with its new ETag). */
  onChanged: (activity: EditableActivity) => void;
  onReload: () => void;
  /** Loads the next page ("Meer laden"); undefined when every activity is shown. */
  onLoadMore?: () => Promise<void>;
}
