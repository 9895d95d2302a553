// Makes the app's icons from resources/icon.svg: the PNG sizes Linux wants, icon.icns for macOS and icon.ico for
// Windows, as electron-builder finds them in resources/. Run `node scripts/make-icons.mjs` after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import png2icons from 'png2icons';
import sharp from 'sharp';

const svg = readFileSync('resources/icon.svg');
// Sizes of the hicolor icon theme, which the Linux desktop entry's icon is looked up in.
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

// Rendered at its own size each time rather than scaled down from one big picture, so small icons stay sharp.
const png = (size) =>
  sharp(svg, { density: (72 * size) / 1024 })
    .resize(size, size)
    .png()
    .toBuffer();

mkdirSync('resources/icons', { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(`resources/icons/${size}x${size}.png`, await png(size));

const master = await png(1024);
writeFileSync('resources/icon.png', master);
writeFileSync('resources/icon.icns', png2icons.createICNS(master, png2icons.BICUBIC, 0));
writeFileSync('resources/icon.ico', png2icons.createICO(master, png2icons.BICUBIC, 0, false, true));
process.stdout.write('Icons written to resources/ (icon.png, icon.icns, icon.ico, icons/*.png).\n');
