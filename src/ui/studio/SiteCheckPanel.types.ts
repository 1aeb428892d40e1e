import { StudioApi } from '../../data/contracts/IStudioApi';

export interface SiteCheckPanelProps {
  api: Pick<StudioApi, 'checkSite'>;
  /** The Teams app id Teams reports at run time; undefined outside Teams. */
  teamsAppId?: string;
}
