import { GraphCallError, GraphRequester } from './graphRequester';

/**
 * Teams activity feed notifications, sent by the acting person's own client with delegated
 * rights (TeamsActivity.Send): POST /users/{upn}/teamwork/sendActivityNotification, up to 20 in
 * one JSON $batch (Graph's limit), so telling 20 participants costs one request.
 * Rules from Graph's docs ("Send activity feed notifications to users in Microsoft Teams"):
 * the topic's webUrl must be a Teams link (teams.microsoft.com), the activity type must be
 * declared in the Teams app manifest, the app must be installed for the recipient, nobody
 * notifies themselves; SPFx Teams apps pass their teamsAppId (SharePoint/sp-dev-docs#8719).
 */

export interface TeamsNotification {
  recipientUpn: string;
  /** Declared in the Teams manifest's activities.activityTypes. */
  activityType: string;
  /** What the notification is about (shown as its topic). */
  topicTitle: string;
  /** A Teams deep link to the activity (teams.microsoft.com). */
  deepLink: string;
  /** Teams shows the first 150 characters. */
  previewText: string;
  templateParameters: Array<{ name: string; value: string }>;
}

export interface NotifyResult {
  sent: string[];
  failed: Array<{ recipientUpn: string; status: number; code: string }>;
  /** Graph requests made ($batch calls), for the budget. */
  requests: number;
}

export const GRAPH_BATCH_LIMIT = 20;
/** Longest wait honoured for a throttled notification before it is reported as failed. */
const MAX_RETRY_WAIT_SECONDS = 10;

interface BatchAnswer {
  responses: Array<{ id: string; status: number; headers?: Record<string, string>; body?: unknown }>;
}

function request(item: TeamsNotification, id: string, teamsAppId: string | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {
    topic: { source: 'text', value: item.topicTitle, webUrl: item.deepLink },
    activityType: item.activityType,
    previewText: { content: item.previewText.slice(0, 150) },
    templateParameters: item.templateParameters
  };
  if (teamsAppId) {
    body.teamsAppId = teamsAppId;
  }
  return {
    id,
    method: 'POST',
    url: `/users/${encodeURIComponent(item.recipientUpn)}/teamwork/sendActivityNotification`,
    headers: { 'Content-Type': 'application/json' },
    body
  };
}

/**
 * Sends the notifications. Each is answered on its own: 204 = sent, anything else = failed
 * (reported, never thrown, so the caller's own action stands and the in-app messages cover it).
 * A notification throttled inside a batch (429) was not delivered, so it is sent once more after
 * Retry-After (at most 10 s). A $batch whose answer is lost is NOT sent again: Graph may have
 * delivered it, and a second send would notify people twice; those count as failed.
 */
export async function sendTeamsNotifications(
  graph: GraphRequester,
  items: ReadonlyArray<TeamsNotification>,
  options: { teamsAppId?: string; wait?: (seconds: number) => Promise<void> } = {}
): Promise<NotifyResult> {
  const wait = options.wait || ((s: number) => new Promise<void>((resolve) => setTimeout(resolve, s * 1000)));
  const result: NotifyResult = { sent: [], failed: [], requests: 0 };
  let pending: TeamsNotification[] = items.slice();
  for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
    const throttled: TeamsNotification[] = [];
    let retryAfter = 0;
    for (let start = 0; start < pending.length; start += GRAPH_BATCH_LIMIT) {
      const chunk = pending.slice(start, start + GRAPH_BATCH_LIMIT);
      let answer: BatchAnswer;
      try {
        result.requests++;
        answer = await graph.call<BatchAnswer>('POST', '/$batch', { requests: chunk.map((item, i) => request(item, String(i), options.teamsAppId)) });
      } catch (e) {
        const status = e instanceof GraphCallError ? e.status : 0;
        const code = e instanceof GraphCallError ? e.code : 'network';
        chunk.forEach((item) => result.failed.push({ recipientUpn: item.recipientUpn, status, code }));
        continue;
      }
      const byId: { [id: string]: BatchAnswer['responses'][0] } = {};
      (answer.responses || []).forEach((r) => (byId[r.id] = r));
      chunk.forEach((item, i) => {
        const response = byId[String(i)];
        if (response && response.status >= 200 && response.status < 300) {
          result.sent.push(item.recipientUpn);
        } else if (response && response.status === 429 && attempt === 0) {
          throttled.push(item);
          const seconds = Number((response.headers || {})['Retry-After'] || (response.headers || {})['retry-after'] || 1);
          retryAfter = Math.max(retryAfter, isFinite(seconds) ? seconds : 1);
        } else {
          const error = response && response.body && typeof response.body === 'object' ? (response.body as { error?: { code?: string } }).error : undefined;
          result.failed.push({ recipientUpn: item.recipientUpn, status: response ? response.status : 0, code: (error && error.code) || 'noAnswer' });
        }
      });
    }
    if (throttled.length > 0) {
      if (retryAfter > MAX_RETRY_WAIT_SECONDS) {
        throttled.forEach((item) => result.failed.push({ recipientUpn: item.recipientUpn, status: 429, code: 'throttled' }));
        break;
      }
      await wait(retryAfter);
    }
    pending = throttled;
  }
  return result;
}
