// The JSON answers and bodies of the loopback-only /_emulator/ control endpoints (SharePoint's
// routes/admin.ts and Graph's graph/admin.ts share them). Emulator-only: no Microsoft behaviour.

export interface AdminAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function adminJson(status: number, payload: unknown): AdminAnswer {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) };
}

/** A JSON object body ('' = {}); undefined when it is not one. */
export function parseAdminBody(body: string): Record<string, unknown> | undefined {
  if (body.trim() === '') return {};
  try {
    const value = JSON.parse(body) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
