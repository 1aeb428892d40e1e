// The #SamenBeter mark for the Teams app: a heart with a "#" cut out of it, drawn with
// 4×4 supersampling. `color.png` (192×192): Maastricht red (#8a1538) on white.
// `outline.png` (32×32): white on transparent, as Teams requires for outline icons.
import { encodePng } from './png.mjs';

export const MAASTRICHT_RED = [0x8a, 0x15, 0x38];

// The classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0 (y up) spans about x ∈ [−1.14, 1.14],
// y ∈ [−1, 1.24]; its optical centre sits a little above y = 0.
const HEART = { minX: -1.14, maxX: 1.14, minY: -1.0, maxY: 1.24 };

function inHeart(x, y) {
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

// "#": two slanted vertical strokes and two horizontal strokes, in heart coordinates.
function inHash(x, y) {
  const half = 0.085;
  const slant = 0.18;
  const vertical = y > -0.62 && y < 0.72 && (Math.abs(x - slant * y + 0.24) < half || Math.abs(x - slant * y - 0.24) < half);
  const horizontal = x > -0.58 && x < 0.58 && (Math.abs(y - 0.3) < half || Math.abs(y + 0.2) < half);
  return vertical || horizontal;
}

/**
 * Coverage (0..1) of the mark for each pixel of a `size`×`size` canvas, the heart filling
 * `scale` of the canvas width. `withHash` cuts the "#" out of the heart.
 */
function coverage(size, scale, withHash) {
  const samples = 4;
  const span = Math.max(HEART.maxX - HEART.minX, HEART.maxY - HEART.minY) / scale;
  const cx = (HEART.minX + HEART.maxX) / 2;
  const cy = (HEART.minY + HEART.maxY) / 2;
  const result = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = cx + ((px + (sx + 0.5) / samples) / size - 0.5) * span;
          const y = cy - ((py + (sy + 0.5) / samples) / size - 0.5) * span;
          if (inHeart(x, y) && !(withHash && inHash(x, y))) hits++;
        }
      }
      result[py * size + px] = hits / (samples * samples);
    }
  }
  return result;
}

/** The 192×192 colour icon: a red heart with a white "#" on an opaque white square. */
export function drawColorIcon(size = 192) {
  const cover = coverage(size, 0.66, true);
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Math.round(255 + (MAASTRICHT_RED[c] - 255) * cover[i]);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

/** The 32×32 outline icon: a white heart with the "#" cut out, on transparency. */
export function drawOutlineIcon(size = 32) {
  const cover = coverage(size, 0.9, true);
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    rgba[i * 4] = 255;
    rgba[i * 4 + 1] = 255;
    rgba[i * 4 + 2] = 255;
    rgba[i * 4 + 3] = Math.round(255 * cover[i]);
  }
  return encodePng(size, size, rgba);
}
