import * as React from 'react';
import { Activity, ActivitySession } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { ActivitiesApi } from '../../data/contracts/IActivitiesApi';
import { MyAgenda } from '../../data/graph/myAgenda';
import { HostKind } from '../host/hostTypes';
import { ActivitiesAction, ActivitiesState } from './activitiesStore';
import { ShareSettings } from './Activities.types';

/** What every part of the Activiteiten web part shares (see Activities.tsx). */
export interface ActivitiesContextValue {
  api: ActivitiesApi;
  now: () => Date;
  locale: DisplayLocale;
  hostKind: HostKind;
  share: ShareSettings;
  uidDomain: string;
  agenda?: MyAgenda;
  state: ActivitiesState;
  dispatch: React.Dispatch<ActivitiesAction>;
  openDetail: (activityId: number) => void;
  signUp: (activity: Activity, session: ActivitySession | null) => Promise<void>;
  cancel: (activity: Activity, session: ActivitySession | null) => Promise<void>;
}

export const ActivitiesContext = React.createContext<ActivitiesContextValue | undefined>(undefined);

export function useActivitiesContext(): ActivitiesContextValue {
  const value = React.useContext(ActivitiesContext);
  if (!value) {
    throw new Error('useActivitiesContext outside <Activities>');
  }
  return value;
}
