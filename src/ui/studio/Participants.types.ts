import { DisplayLocale } from '../../core/time/dutchFormat';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { StudioApi } from '../../data/contracts/IStudioApi';

export interface ParticipantsProps {
  api: StudioApi;
  /** The activity with its ETag (a date called off is a guarded write). */
  item: EditableActivity;
  locale: DisplayLocale;
  now: () => Date;
  /** After a date was called off or put back on. */
  onChanged: (changed: EditableActivity) => void;
  /** What telling a called-off date's participants achieved. */
  onTold: (message: { intent: 'success' | 'info'; text: string } | undefined) => void;
}
