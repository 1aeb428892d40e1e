import * as React from 'react';
import { ISetupApi } from '../../data/contracts/ISetupApi';

/** The set-up API of the web part's site; AppShell provides it, ErrorView uses it. */
export const SetupContext = React.createContext<ISetupApi | undefined>(undefined);

export function useSetupApi(): ISetupApi | undefined {
  return React.useContext(SetupContext);
}
