import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  build: { electronFuses?: Record<string, boolean> };
};

describe('the packaged app', () => {
  it('refuses to start from an app.asar that was changed after it was built', () => {
    expect(pkg.build.electronFuses?.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('cannot be turned into a plain Node runtime or debugger by environment or flags', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});
