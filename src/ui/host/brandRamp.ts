import { BrandVariants } from '@fluentui/react-components';

// Fluent v9 themes are built from 16 brand shades (10 darkest … 160 lightest) with the
// brand colour at 80. SharePoint gives us one primary colour; we derive the ramp by
// mixing it towards black below 80 and towards white above it.

function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) {
    return undefined;
  }
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: number[]): string {
  return '#' + rgb.map((c) => ('0' + Math.round(Math.max(0, Math.min(255, c))).toString(16)).slice(-2)).join('');
}

function mix(a: number[], b: number[], t: number): number[] {
  return a.map((c, i) => c + (b[i] - c) * t);
}

const STEPS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;

/** Returns undefined for anything that is not a '#rrggbb' colour. */
export function brandRampFromHex(hex: string): BrandVariants | undefined {
  const base = parseHex(hex);
  if (!base) {
    return undefined;
  }
  const ramp: { [step: number]: string } = {};
  for (const step of STEPS) {
    if (step < 80) {
      // 10 is close to black, 70 is just darker than the brand colour.
      ramp[step] = toHex(mix([0, 0, 0], base, 0.15 + (0.85 * (step - 10)) / 70));
    } else if (step === 80) {
      ramp[step] = toHex(base);
    } else {
      // 90 is just lighter than the brand colour, 160 is nearly white.
      ramp[step] = toHex(mix(base, [255, 255, 255], (0.88 * (step - 80)) / 80));
    }
  }
  return ramp as unknown as BrandVariants;
}
