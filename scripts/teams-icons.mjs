// `npm run teams:icons`: (re)draws the Teams app icons teams-manifest/color.png (192×192)
// and teams-manifest/outline.png (32×32, white on transparent). Only needed when the mark
// changes; the PNGs are committed. A designer's PNGs of the same sizes may replace them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './packaging/icons.mjs';

for (const [file, png] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()]
]) {
  const target = path.join('teams-manifest', file);
  writeFileSync(target, png);
  console.log(`${target}  ${png.length} bytes`);
}
