import * as React from 'react';
import { StudioLocation } from '../../core/activities/locations';
import { StudioFormState } from './studioDraft';

export interface LocationFieldProps {
  form: StudioFormState;
  setForm: React.Dispatch<React.SetStateAction<StudioFormState>>;
  /** The owners' active on-site locations; empty: free text only. */
  offered: ReadonlyArray<StudioLocation>;
  /** The form's id and validation message for a field (the error summary links to the id). */
  fieldProps: (field: string) => { id: string; validationMessage?: string; validationState?: 'error' };
  fieldId: (field: string) => string;
}
