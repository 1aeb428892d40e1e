// Small readers for SharePoint's minimal-metadata item JSON, shared by the repositories.

export interface SpUrlValue {
  Url: string;
  Description: string;
}

export function readUrl(value: unknown): string | null {
  const v = value as SpUrlValue | null | undefined;
  return v && typeof v.Url === 'string' && v.Url ? v.Url : null;
}

export function writeUrl(url: string | null | undefined, description?: string): SpUrlValue | null {
  return url ? { Url: url, Description: description || url } : null;
}

export function readText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function readDate(value: unknown): Date | null {
  return typeof value === 'string' && value ? new Date(value) : null;
}

/** SharePoint wraps rich text in <div class="ExternalClass…">; plain Note fields come back as-is. */
export function readNote(value: unknown): string {
  return readText(value);
}

/** SharePoint's DateTime value: UTC ISO without milliseconds. */
export function writeDate(value: Date | null | undefined): string | null {
  return value && !isNaN(value.getTime()) ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}
