export declare const MAASTRICHT_RED: [number, number, number];
/** The 192×192 colour icon as PNG bytes. */
export declare function drawColorIcon(size?: number): Buffer;
/** The 32×32 outline icon (white on transparent) as PNG bytes. */
export declare function drawOutlineIcon(size?: number): Buffer;
