import { DisplayLocale } from '../../core/time/dutchFormat';
import { ClosingDay } from '../../core/calendar/daysOff';
import { StudioLocation } from '../../core/activities/locations';
import { ActivityDraft } from '../../core/activities/activityDraft';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { ViewerRoles } from '../../data/contracts/ICurrentUserRepository';
import { StudioFormState } from './studioDraft';
import { SlotParticipants } from '../../data/contracts/IStudioApi';

export interface StudioFormProps {
  /** The form's starting content; a new key on the component starts over. */
  initial: StudioFormState;
  /** Set when changing an existing activity (its ETag guards the save). */
  editing?: EditableActivity;
  /** The edited activity's upcoming slots (who is signed up), for "N deelnemers krijgen bericht". */
  affectedSlots?: SlotParticipants[];
  /** Own activities, offered under "Dupliceer". */
  activities: ReadonlyArray<EditableActivity>;
  roles: ViewerRoles;
  now: () => Date;
  locale: DisplayLocale;
  /** Saves; rejects with a DataError on failure (the form keeps its content). */
  onSubmit: (draft: ActivityDraft) => Promise<void>;
  onStopEditing?: () => void;
  /** After a conflict: reload the activities (the form is dropped). */
  onReload: () => void;
  /**
   * The municipality's closing days (StudioData.closingDays): series skip them as they skip
   * public holidays, a single date on one gets a warning. Undefined: they could not be read.
   */
  closingDays?: ReadonlyArray<ClosingDay>;
  /**
   * "SamenBeter Locaties" (StudioData.locations): the active places on site are offered, plus
   * "Andere plek…" for free text. Empty or undefined: free text only, with where owners add them.
   */
  locations?: ReadonlyArray<StudioLocation>;
}
