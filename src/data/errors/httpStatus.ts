/** True when PnPjs failed with the given HTTP status (HttpRequestError carries `status`). */
export function isHttpStatus(error: unknown, status: number): boolean {
  const e = error as { isHttpRequestError?: boolean; status?: number } | undefined;
  return !!e && !!e.isHttpRequestError && e.status === status;
}
