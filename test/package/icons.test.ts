// The Teams app icons: real PNGs of the sizes Teams requires (colour 192×192, outline 32×32
// white on transparent), both the committed files and what `npm run teams:icons` draws.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/packaging/icons.mjs';
import { decodePng, encodePng, readPngChunks, readPngHeader } from '../../scripts/packaging/png.mjs';
import { crc32 } from '../../scripts/packaging/zip.mjs';
import { ROOT } from './fixture';

const manifestTemplate = JSON.parse(readFileSync(path.join(ROOT, 'teams-manifest/manifest.template.json'), 'utf8')) as {
  icons: { color: string; outline: string };
};
const icon = (name: string): Buffer => readFileSync(path.join(ROOT, 'teams-manifest', name));

function pixels(png: Buffer): { opaque: number; transparent: number; nonWhite: number; total: number } {
  const { rgba } = decodePng(png);
  let opaque = 0;
  let transparent = 0;
  let nonWhite = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 255) opaque++;
    if (rgba[i + 3] === 0) transparent++;
    if (rgba[i + 3] > 0 && (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255)) nonWhite++;
  }
  return { opaque, transparent, nonWhite, total: rgba.length / 4 };
}

describe('Teams app icons', () => {
  it('are the files the manifest names', () => {
    expect(manifestTemplate.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it.each([
    ['committed', () => icon('color.png'), () => icon('outline.png')],
    ['drawn by npm run teams:icons', drawColorIcon, drawOutlineIcon]
  ])('%s: colour icon is a 192×192 PNG with a visible mark', (_label, color) => {
    const png = color();
    expect(readPngHeader(png)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(readPngChunks(png).map((c) => c.type)).toEqual(expect.arrayContaining(['IHDR', 'IDAT', 'IEND']));
    const stats = pixels(png);
    expect(stats.nonWhite / stats.total).toBeGreaterThan(0.15);
  });

  it.each([
    ['committed', () => icon('outline.png')],
    ['drawn by npm run teams:icons', drawOutlineIcon]
  ])('%s: outline icon is a 32×32 PNG, white on transparent', (_label, outline) => {
    const png = outline();
    expect(readPngHeader(png)).toMatchObject({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
    const stats = pixels(png);
    expect(stats.nonWhite).toBe(0);
    expect(stats.transparent).toBeGreaterThan(stats.total * 0.2);
    expect(stats.opaque).toBeGreaterThan(stats.total * 0.2);
  });

  it('PNG reading catches damage: bad signature, bad CRC', () => {
    const png = Buffer.from(icon('outline.png'));
    expect(() => readPngHeader(Buffer.from('GIF89a-not-a-png'))).toThrow(/signature/);
    png[20] ^= 0xff; // inside IHDR
    expect(() => readPngHeader(png)).toThrow(/CRC/);
  });

  it('the decoder handles all five PNG filter types', () => {
    // A 2×4 RGBA image whose rows use filters 1 (Sub), 2 (Up), 3 (Average) and 4 (Paeth);
    // filter 0 (None) is what the encoder writes.
    const width = 2;
    const rows = [
      [10, 20, 30, 255, 40, 50, 60, 128],
      [11, 22, 33, 255, 44, 55, 66, 200],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [100, 90, 80, 70, 60, 50, 40, 30]
    ];
    const filters = [1, 2, 3, 4];
    const raw: number[] = [];
    let prev = [0, 0, 0, 0, 0, 0, 0, 0];
    rows.forEach((row, y) => {
      const f = filters[y];
      raw.push(f);
      row.forEach((v, i) => {
        const a = i >= 4 ? row[i - 4] : 0;
        const b = prev[i];
        const c = i >= 4 ? prev[i - 4] : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const predictor = f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth;
        raw.push((v - predictor + 256) & 0xff);
      });
      prev = row;
    });
    // The IHDR of a same-sized image from the encoder, with our hand-filtered IDAT.
    const base = encodePng(width, rows.length, new Uint8Array(width * rows.length * 4));
    const chunks = readPngChunks(base);
    const idat = deflateSync(Buffer.from(raw));
    const chunk = (type: string, data: Buffer): Buffer => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, 'ascii');
      data.copy(out, 8);
      out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
      return out;
    };
    const png = Buffer.concat([base.subarray(0, 8), chunk('IHDR', chunks[0].data), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
    expect([...decodePng(png).rgba]).toEqual(rows.flat());
  });
});
