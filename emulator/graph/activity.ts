// POST /users/{userId | user-principal-name}/teamwork/sendActivityNotification → 204.
// Sources:
// - Graph v1.0 "userTeamwork: sendActivityNotification" (api-reference/v1.0/api/
//   userteamwork-sendactivitynotification.md): only the /users/{…} path (no /me path is
//   documented; /me is Graph's alias of the signed-in user, so it resolves, and then meets the
//   self-notification rule below); parameters topic, activityType, chainId, previewText,
//   templateParameters; delegated permission TeamsActivity.Send; 204 No Content. `teamsAppId`
//   (and `iconId`) appear in the v1.0 PowerShell cmdlet Send-MgUserTeamworkActivityNotification
//   and in SharePoint/sp-dev-docs#8719 for SPFx apps, so they are accepted.
// - Graph concept "Send activity feed notifications to users in Microsoft Teams"
//   (concepts/teams-send-activityfeednotifications.md):
//   * "The Teams app must be installed for the recipient" → settings.teamsAppInstalledFor; the
//     refusal's text is the one quoted in OfficeDev/microsoft-365-agents-toolkit#6067 and
//     OfficeDev/microsoft-teams-library-js#2217; its status (403) and code: unverified.
//   * activity types must be declared in the manifest's `activities` section, except the
//     reserved `systemDefault` → settings.activityTypes (default none, as an app without an
//     `activities` section; the preview and tests set what teams-manifest/manifest.template.json
//     declares, src/core/notifications/activityTypes.ts). Error: unverified.
//   * "Can a user send notifications to themselves? No" (delegated) → 400, unverified status/code.
//   * `webUrl` is required when topic.source is `text`, and "must start with the Microsoft Teams
//     domain (teams.microsoft.com, for example)" → a SharePoint URL is refused. Error: unverified.
//   * Teams shows only the first 150 characters of previewText (stored whole here).
// - `recipient` belongs to the team/chat variants, not to this action: refused (unverified).
import { badRequest, GraphError, insufficientScope } from './errors';
import { noContent, type GraphContext, type GraphRequest, type GraphResponse } from './context';
import type { DirectoryUser } from './users';

export const SEND_SCOPES = ['TeamsActivity.Send'];
const PARAMETERS = new Set(['topic', 'activityType', 'chainId', 'previewText', 'templateParameters', 'teamsAppId', 'iconId']);

export function sendActivityNotification(ctx: GraphContext, request: GraphRequest, recipient: DirectoryUser): GraphResponse {
  if (!ctx.settings.hasAny(SEND_SCOPES)) throw insufficientScope('teams');
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Empty Payload. JSON content expected.');
  const input = body as Record<string, unknown>;
  for (const name of Object.keys(input)) {
    if (name === 'recipient') throw badRequest("The parameter 'recipient' is not supported on /users/{id}/teamwork/sendActivityNotification; the recipient is the user in the path.");
    if (!PARAMETERS.has(name)) throw badRequest(`The parameter '${name}' in the request payload is not a valid parameter for the operation 'sendActivityNotification'.`);
  }
  const topic = input.topic as { source?: unknown; value?: unknown; webUrl?: unknown } | undefined;
  if (!topic || typeof topic !== 'object') throw badRequest("The parameter 'topic' is required.");
  const source = typeof topic.source === 'string' ? topic.source : '';
  if (source !== 'text' && source !== 'entityUrl') throw badRequest(`Invalid topic source '${String(topic.source)}'. Expected 'entityUrl' or 'text'.`);
  if (typeof topic.value !== 'string' || topic.value === '') throw badRequest("topic.value is required.");
  if (source === 'text') {
    if (typeof topic.webUrl !== 'string' || topic.webUrl === '') throw badRequest("topic.webUrl is required when topic.source is 'text'.");
    let host = '';
    try {
      host = new URL(topic.webUrl).host.toLowerCase();
    } catch {
      // refused below
    }
    if (host !== 'teams.microsoft.com') throw badRequest(`topic.webUrl must be a Microsoft Teams link (https://teams.microsoft.com/…): '${topic.webUrl}'.`);
  } else if (!/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\/(users\/[^/]+\/teamwork\/installedApps\/[^/]+|appCatalogs\/teamsApps\/[^/]+)$/i.test(topic.value)) {
    // Only teamsAppInstallation and teamsCatalogApp URLs are supported for this action (API page).
    throw badRequest(`topic.value '${topic.value}' is not a supported entityUrl for a user notification (teamsAppInstallation or teamsCatalogApp).`);
  }
  const activityType = input.activityType;
  if (typeof activityType !== 'string' || activityType === '') throw badRequest("The parameter 'activityType' is required.");
  if (activityType !== 'systemDefault' && !ctx.settings.activityTypeDeclared(activityType)) {
    throw badRequest(`Activity type '${activityType}' is not declared in the Teams app manifest.`);
  }
  const previewText = input.previewText as { content?: unknown } | undefined;
  if (previewText !== undefined && (typeof previewText !== 'object' || previewText === null || typeof previewText.content !== 'string')) {
    throw badRequest("previewText must be an itemBody with 'content'.");
  }
  const params = input.templateParameters ?? [];
  if (!Array.isArray(params) || !params.every((p) => p && typeof p === 'object' && typeof p.name === 'string' && typeof p.value === 'string')) {
    throw badRequest('templateParameters must be a collection of keyValuePair ({ name, value }).');
  }
  if (input.chainId !== undefined && (typeof input.chainId !== 'number' || !Number.isInteger(input.chainId))) throw badRequest('chainId must be an Int64.');
  if (recipient.email.toLowerCase() === ctx.caller.email.toLowerCase()) {
    throw badRequest('A user cannot send an activity notification to themselves with delegated permissions.');
  }
  if (!ctx.settings.appInstalledFor(recipient.email)) {
    throw new GraphError(403, 'Forbidden',
      `Application with AAD App Id '${SPFX_CLIENT_APP_ID}' is not authorized to generate custom text notifications about '/v1.0/users/${recipient.id}/teamwork/Microsoft.Teams.GraphSvc.sendActivityNotification' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).`);
  }
  ctx.graph.addActivity({
    recipient: recipient.email, sender: ctx.caller.email, topic: { source, value: topic.value, ...(typeof topic.webUrl === 'string' ? { webUrl: topic.webUrl } : {}) },
    activityType, previewText: previewText ? String(previewText.content) : null,
    templateParameters: (params as { name: string; value: string }[]).map((p) => ({ name: p.name, value: p.value })),
    chainId: typeof input.chainId === 'number' ? input.chainId : null,
    teamsAppId: typeof input.teamsAppId === 'string' ? input.teamsAppId : null,
    sent: ctx.now().toISOString()
  });
  return noContent();
}

/**
 * The Entra app SPFx's MSGraphClientV3 tokens are issued to is "SharePoint Online Client
 * Extensibility Web Application Principal", whose app id differs per tenant; the emulator uses a
 * fixed placeholder in messages only.
 */
export const SPFX_CLIENT_APP_ID = '00000000-0000-0000-0000-5bf5e0c1a0e1';
