import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));
const pkg = JSON.parse(read('package.json').toString('utf8')) as {
  build: {
    linux: { icon: string; desktop: { entry: Record<string, string> } };
    mac: { icon: string };
    win: { icon: string };
  };
};
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

describe('the packaged app’s icons and desktop entry', () => {
  it('are a configuration electron-builder accepts', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, log: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(pkg.build, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...pkg.build, linux: { ...pkg.build.linux, iconz: 'x' } }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('give Linux a square PNG of every size, made from the SVG mark', async () => {
    expect(existsSync(new URL('resources/icon.svg', root))).toBe(true);
    for (const size of LINUX_SIZES) {
      const meta = await sharp(read(`${pkg.build.linux.icon}/${size}x${size}.png`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it('give macOS an ICNS and Windows an ICO holding a 256-pixel picture', () => {
    expect(read(pkg.build.mac.icon).subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = read(pkg.build.win.icon);
    // ICONDIR: reserved 0, type 1 (icon), then the count; a width byte of 0 means 256 pixels.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16]);
    expect(widths).toContain(0);
  });

  it('name Kanal in the Linux menus, with a comment and categories in English and Swedish', () => {
    expect(pkg.build.linux.desktop.entry).toMatchObject({
      Name: 'Kanal',
      Comment: expect.stringMatching(/\S/),
      'Comment[sv]': expect.stringMatching(/\S/),
      Categories: expect.stringMatching(/^Office;.*;$/),
    });
  });
});
