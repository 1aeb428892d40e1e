export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** CRC-32 as used by ZIP and PNG. */
export declare function crc32(bytes: Uint8Array, initial?: number): number;
/** Writes a ZIP archive (deflated or stored entries, UTF-8 names). */
export declare function writeZip(
  entries: ReadonlyArray<{ name: string; data: Buffer | string | Uint8Array }>,
  options?: { date?: Date }
): Buffer;
/** Reads every entry of a ZIP archive, checking CRCs. */
export declare function readZip(zip: Buffer | Uint8Array): ZipEntry[];
