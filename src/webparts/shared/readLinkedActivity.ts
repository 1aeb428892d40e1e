import { WebPartContext } from '@microsoft/sp-webpart-base';
import { activityIdFromSubEntity, activityIdFromUrl } from '../../core/links/activityLinks';

/**
 * The activity a shared link points at: a Teams deep link hands the tab its subEntityId
 * ('activity-7', as page.subPageId); a SharePoint link carries ?activity=7.
 */
export async function readLinkedActivityId(context: WebPartContext): Promise<number | null> {
  const teams = context.sdks.microsoftTeams;
  if (teams) {
    const teamsContext = await teams.teamsJs.app.getContext();
    const fromTeams = activityIdFromSubEntity(teamsContext.page && teamsContext.page.subPageId);
    if (fromTeams !== null) {
      return fromTeams;
    }
  }
  return activityIdFromUrl(window.location.href);
}
