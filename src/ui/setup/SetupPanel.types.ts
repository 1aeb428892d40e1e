import { ISetupApi } from '../../data/contracts/ISetupApi';

export interface SetupPanelProps {
  api: ISetupApi;
  /** After a successful run: load the web part again. */
  onDone: () => void;
}
