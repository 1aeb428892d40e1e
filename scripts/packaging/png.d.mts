export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

export declare function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export declare function readPngChunks(png: Uint8Array): Array<{ type: string; data: Buffer }>;
export declare function readPngHeader(png: Uint8Array): PngHeader;
export declare function decodePng(png: Uint8Array): { width: number; height: number; rgba: Buffer };
